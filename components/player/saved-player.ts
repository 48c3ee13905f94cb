import type { QueueState } from "./queue";
import type { QueueTrack } from "./types";

/**
 * The player surviving a reload: what it played, the queue and the position, kept in
 * localStorage (loaded with the player's session, components/player/player-session.tsx,
 * after the page is interactive).
 */
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
