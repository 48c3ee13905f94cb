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

// ---- Surviving a reload ----------------------------------------------------

export type SavedPlayer = QueueState & { position: number; savedAt: number };
const MAX_SAVED_TRACKS = 200;

const isTrack = (v: unknown): v is QueueTrack => {
  const t = v as QueueTrack;
  return !!t && typeof t === "object" && typeof t.id === "string" && typeof t.title === "string" && typeof t.audioUrl === "string" && typeof t.artist === "string" && typeof t.artistHandle === "string" && typeof t.durationMs === "number";
};

export function serialize(s: QueueState, position: number, now = Date.now()): string {
  const saved: SavedPlayer = { ...s, upNext: s.upNext.slice(0, MAX_SAVED_TRACKS), context: { ...s.context, tracks: s.context.tracks.slice(0, MAX_SAVED_TRACKS) }, position, savedAt: now };
  return JSON.stringify(saved);
}

/** Parses what serialize() stored; anything malformed gives null (a fresh player). */
export function deserialize(raw: string | null): SavedPlayer | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as SavedPlayer;
    if (!isTrack(v.current) || !Array.isArray(v.upNext) || !v.context || !Array.isArray(v.context.tracks)) return null;
    const tracks = v.context.tracks.filter(isTrack);
    const index = Number.isInteger(v.context.index) && v.context.index < tracks.length ? v.context.index : -1;
    return {
      current: v.current,
      upNext: v.upNext.filter(isTrack),
      context: { label: typeof v.context.label === "string" ? v.context.label : null, href: typeof v.context.href === "string" && v.context.href.startsWith("/") ? v.context.href : null, tracks, index },
      position: Number.isFinite(v.position) && v.position > 0 ? v.position : 0,
      savedAt: Number.isFinite(v.savedAt) ? v.savedAt : 0,
    };
  } catch {
    return null;
  }
}

/** Every track id a saved player refers to (to refresh their signed audio URLs). */
export const savedTrackIds = (s: QueueState) => [...new Set([s.current, ...s.upNext, ...s.context.tracks].filter((t): t is QueueTrack => !!t).map((t) => t.id))];

/**
 * Swaps in fresh copies (new signed URLs) of the saved tracks; tracks that are
 * no longer available are dropped. Null when the current track itself is gone.
 */
export function refreshTracks(s: SavedPlayer, fresh: Map<string, QueueTrack>): SavedPlayer | null {
  const current = s.current && fresh.get(s.current.id);
  if (!current) return null;
  const keep = (list: QueueTrack[]) => list.map((t) => fresh.get(t.id)).filter((t): t is QueueTrack => !!t);
  const before = s.context.tracks.slice(0, Math.max(0, s.context.index));
  const ctxTracks = keep(s.context.tracks);
  const index = s.context.index >= 0 ? Math.min(keep(before).length, ctxTracks.length - 1) : -1;
  return { ...s, current, upNext: keep(s.upNext), context: { ...s.context, tracks: ctxTracks, index } };
}
