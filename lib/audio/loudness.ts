/**
 * Loudness normalisation: ffmpeg's EBU R128 scan gives a track's integrated
 * loudness (LUFS) and true peak (dBTP); the player turns a track down (or, with
 * headroom, up) to a common target so one loud master does not blast after a
 * quiet one. Client-safe pure math.
 */

/** Spotify's and YouTube's reference level. */
export const TARGET_LUFS = -14;
/** Never push a peak above this after gain (dBTP). */
export const PEAK_CEILING_DB = -1;

export type Loudness = { lufs: number; truePeak: number };

/** Reads the Summary ebur128 prints at the end of a scan; null when it is missing (an empty or silent input). */
export function parseEbur128Summary(stderr: string): Loudness | null {
  const summary = stderr.slice(stderr.lastIndexOf("Summary:"));
  const integrated = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (!integrated || !peak) return null;
  const num = (s: string) => (s === "-inf" ? -Infinity : Number(s));
  const lufs = num(integrated[1]);
  const truePeak = num(peak[1]);
  if (Number.isNaN(lufs) || Number.isNaN(truePeak)) return null;
  return { lufs, truePeak };
}

/**
 * The gain (dB) that brings a track to the target: negative for loud masters;
 * positive for quiet ones only as far as their peaks allow. Silence and
 * unmeasured tracks get 0.
 */
export function normalizationGainDb(loudness: Loudness | null, target = TARGET_LUFS): number {
  if (!loudness || !Number.isFinite(loudness.lufs) || loudness.lufs < -70) return 0;
  const wanted = target - loudness.lufs;
  if (wanted <= 0) return Math.max(-30, round1(wanted));
  const headroom = Number.isFinite(loudness.truePeak) ? PEAK_CEILING_DB - loudness.truePeak : 0;
  return round1(Math.max(0, Math.min(wanted, headroom, 12)));
}

/**
 * The element volume (0..1) for the listener's volume and a track's gain. An
 * <audio> element cannot go above 1: with no `headroomDb` loud masters come down
 * to the target and quiet ones stay as they are; with headroom, everything plays
 * that much lower so quiet tracks can come up by as much.
 */
export function normalizedVolume(userVolume: number, gainDb: number | null, enabled: boolean, headroomDb = 0): number {
  if (!enabled || gainDb === null) return clamp01(userVolume);
  return clamp01(userVolume * Math.pow(10, (Math.min(gainDb, headroomDb) - headroomDb) / 20));
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
const round1 = (v: number) => Math.round(v * 10) / 10;
