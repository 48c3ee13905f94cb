import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { audioAssets, tracks, type AudioJobStatus } from "@/db/schema";
import { getTranslations } from "next-intl/server";
import { audioErrorText } from "./job-error";
import { normalizationGainDb } from "./loudness";
import { decodePeaks, downsamplePeaks, encodePeaks, PEAK_COUNT } from "./waveform";

/** What the audio pipeline knows about a track's current audio. */
export type TrackSound = {
  status: AudioJobStatus;
  progress: number;
  /** Why processing failed, as stored (lib/audio/job-error.ts): Studio words it with audioErrorsIn(). */
  error: string | null;
  /** base64 peaks (as many as asked for), once ready. */
  peaks: string | null;
  /** Playback gain to the common loudness target, once measured. */
  gainDb: number | null;
  lufs: number | null;
  truePeak: number | null;
};

/** Peaks at a lower resolution for small places (a row needs ~150 bars, not 1,000 bytes of HTML). */
const resamplePeaks = (encoded: string, count: number) => encodePeaks(downsamplePeaks(decodePeaks(encoded), count));

/** The sound of each track (by track id), its waveform at `bars` resolution. */
export async function soundsOfTracks(trackIds: string[], bars = PEAK_COUNT): Promise<Map<string, TrackSound>> {
  const out = new Map<string, TrackSound>();
  if (!trackIds.length) return out;
  const rows = await db
    .select({ trackId: tracks.id, a: audioAssets })
    .from(tracks)
    .innerJoin(audioAssets, eq(audioAssets.mediaId, tracks.audioId))
    .where(inArray(tracks.id, [...new Set(trackIds)]));
  for (const { trackId, a } of rows) {
    const lufs = a.lufsX100 === null ? null : a.lufsX100 / 100;
    const truePeak = a.truePeakX100 === null ? null : a.truePeakX100 / 100;
    const ready = a.status === "ready";
    out.set(trackId, {
      status: a.status,
      progress: a.progress,
      error: a.error,
      peaks: ready && a.peaks ? resamplePeaks(a.peaks, bars) : null,
      gainDb: ready && lufs !== null ? normalizationGainDb({ lufs, truePeak: truePeak ?? 0 }) : null,
      lufs,
      truePeak,
    });
  }
  return out;
}

/** Adds each track's waveform (at `bars` resolution) to track rows. */
export async function withWaveforms<T extends { id: string }>(rows: T[], bars = 160): Promise<(T & { peaks: string | null })[]> {
  const sounds = await soundsOfTracks(rows.map((r) => r.id), bars);
  return rows.map((r) => ({ ...r, peaks: sounds.get(r.id)?.peaks ?? null }));
}

/** Words each stored failure of these sounds in the request's language (Studio; translations load only when one failed). */
export async function audioErrorsIn<T extends { error: string | null }>(sounds: Map<string, T>): Promise<Map<string, T>> {
  if (![...sounds.values()].some((s) => s.error)) return sounds;
  const t = await getTranslations("errors");
  return new Map([...sounds].map(([id, s]) => [id, s.error ? { ...s, error: audioErrorText(s.error, (key, values) => t(key, values as never)) } : s]));
}
