/**
 * When a listen counts as a play: after 30 seconds, or half the track for
 * tracks shorter than a minute. Seeking does not count as listening.
 */
export function playThresholdSeconds(durationSeconds: number): number {
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) return 30;
  return Math.min(30, durationSeconds / 2);
}

/** Adds the time between two timeupdate ticks if it was real playback (not a seek). */
export function listenedDelta(previous: number, current: number): number {
  const delta = current - previous;
  return delta > 0 && delta < 1.5 ? delta : 0;
}

/** Listening that short is a glance at a track, not a skip. */
export const SKIP_MIN_SECONDS = 1;

/**
 * What leaving a track says, for the creator's numbers: a skip when the listener
 * heard it (at least a second) and moved on before it counted as a play.
 */
export function leftEarly(listen: { listened: number; counted: boolean }): boolean {
  return !listen.counted && listen.listened >= SKIP_MIN_SECONDS;
}
