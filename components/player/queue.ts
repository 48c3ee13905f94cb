import type { QueueTrack } from "./types";

/**
 * What the player plays, as every music app models it: the track now playing,
 * the listener's own "Up next" list (tracks they added by hand), and the list it
 * is "Playing from" (a release, a profile's tracks). Playing something else
 * replaces the context and keeps the hand-made list.
 */
export type PlayContext = { label: string | null; href: string | null; tracks: QueueTrack[]; index: number };
export type QueueState = { current: QueueTrack | null; upNext: QueueTrack[]; context: PlayContext };

export const emptyQueue: QueueState = { current: null, upNext: [], context: { label: null, href: null, tracks: [], index: -1 } };

export type EnqueueResult = "playing" | "added" | "duplicate" | "current";

/** Starts `tracks` at `index` as the new context; Up next is kept. */
export function playContext(s: QueueState, tracks: QueueTrack[], index: number, from?: { label?: string | null; href?: string | null }): QueueState {
  const current = tracks[index] ?? null;
  if (!current) return s;
  return { ...s, current, context: { label: from?.label ?? null, href: from?.href ?? null, tracks, index } };
}

/** Adds a track to Up next, unless it is already there or playing (an accidental second tap). */
export function enqueue(s: QueueState, track: QueueTrack): { state: QueueState; result: EnqueueResult } {
  if (!s.current) return { state: { ...s, current: track, context: { label: null, href: null, tracks: [track], index: 0 } }, result: "playing" };
  if (s.current.id === track.id) return { state: s, result: "current" };
  if (s.upNext.some((t) => t.id === track.id)) return { state: s, result: "duplicate" };
  return { state: { ...s, upNext: [...s.upNext, track] }, result: "added" };
}

export const hasNext = (s: QueueState) => s.upNext.length > 0 || s.context.index + 1 < s.context.tracks.length;
export const hasPrevious = (s: QueueState) => s.context.index > 0;

/** The next track: Up next first, then the context. Null at the end. */
export function advance(s: QueueState): QueueState | null {
  if (s.upNext.length) {
    const [current, ...upNext] = s.upNext;
    return { ...s, current, upNext };
  }
  const index = s.context.index + 1;
  const current = s.context.tracks[index];
  return current ? { ...s, current, context: { ...s.context, index } } : null;
}

/** The previous track of the context. */
export function back(s: QueueState): QueueState | null {
  const index = s.context.index - 1;
  const current = s.context.tracks[index];
  return current ? { ...s, current, context: { ...s.context, index } } : null;
}

/** Jumps to a later track of the context (Up next stays). */
export function jumpContext(s: QueueState, index: number): QueueState | null {
  const current = s.context.tracks[index];
  return current ? { ...s, current, context: { ...s.context, index } } : null;
}

/** Plays a track of Up next now; the ones before it stay queued. */
export function jumpUpNext(s: QueueState, index: number): QueueState | null {
  const current = s.upNext[index];
  return current ? { ...s, current, upNext: s.upNext.filter((_, i) => i !== index) } : null;
}

export function moveUpNext(s: QueueState, from: number, to: number): QueueState {
  if (from === to || from < 0 || to < 0 || from >= s.upNext.length || to >= s.upNext.length) return s;
  const upNext = [...s.upNext];
  const [item] = upNext.splice(from, 1);
  upNext.splice(to, 0, item);
  return { ...s, upNext };
}

export function removeUpNext(s: QueueState, index: number): QueueState {
  return index < 0 || index >= s.upNext.length ? s : { ...s, upNext: s.upNext.filter((_, i) => i !== index) };
}

/** What comes after the current track in the context. */
export const contextAhead = (s: QueueState) => s.context.tracks.slice(s.context.index + 1).map((track, k) => ({ track, index: s.context.index + 1 + k }));
