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
