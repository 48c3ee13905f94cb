import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { audioAssets, mediaFiles } from "@/db/schema";
import { mediaStorage, scratchDir } from "@/lib/media/storage";
import { renditionPath } from "./renditions";
import { AudioJobError, storedAudioError } from "./job-error";
import { transcodeAudio } from "./transcode";
import { encodePeaks } from "./waveform";

/** Tries per upload before it is marked failed: a crash mid-job counts as one. */
export const MAX_ATTEMPTS = 3;
/** A running job whose worker has not beaten for this long is taken over (its process died or restarted). */
export const STALE_AFTER_MS = Number(process.env.AUDIO_JOB_STALE_MS ?? 30_000);
const BEAT_EVERY_MS = 2_000;

export type AudioJob = { mediaId: string; attempts: number };

/** Puts an uploaded audio file in the queue (once: a second call does nothing). */
export async function enqueueAudio(database: ChorusDb, mediaId: string, now = new Date()): Promise<void> {
  await database.insert(audioAssets).values({ mediaId, status: "queued", createdAt: now }).onConflictDoNothing();
}

const claimable = (now: Date, staleMs: number) =>
  or(eq(audioAssets.status, "queued"), and(eq(audioAssets.status, "running"), or(isNull(audioAssets.heartbeatAt), lt(audioAssets.heartbeatAt, new Date(now.getTime() - staleMs)))));

/**
 * Takes the oldest waiting job, or one whose worker stopped beating. The claim
 * is one conditional UPDATE, so two workers (two app instances) never take the
 * same job. A job that has already been tried MAX_ATTEMPTS times is failed instead.
 */
export async function claimAudioJob(database: ChorusDb, workerId: string, now = new Date(), staleMs = STALE_AFTER_MS): Promise<AudioJob | null> {
  for (let round = 0; round < 5; round++) {
    const candidates = await database.select({ mediaId: audioAssets.mediaId, attempts: audioAssets.attempts }).from(audioAssets).where(claimable(now, staleMs)).orderBy(asc(audioAssets.createdAt)).limit(4);
    if (!candidates.length) return null;
    for (const c of candidates) {
      if (c.attempts >= MAX_ATTEMPTS) {
        await database
          .update(audioAssets)
          .set({ status: "failed", workerId: null, finishedAt: now, error: storedAudioError("stoppedRepeatedly", { times: MAX_ATTEMPTS }) })
          .where(and(eq(audioAssets.mediaId, c.mediaId), claimable(now, staleMs)));
        continue;
      }
      const taken = await database
        .update(audioAssets)
        .set({ status: "running", workerId, heartbeatAt: now, attempts: sql`${audioAssets.attempts} + 1`, progress: 0, error: null })
        .where(and(eq(audioAssets.mediaId, c.mediaId), claimable(now, staleMs)))
        .returning({ mediaId: audioAssets.mediaId, attempts: audioAssets.attempts });
      if (taken[0]) return taken[0];
    }
  }
  return null;
}

const mine = (mediaId: string, workerId: string) => and(eq(audioAssets.mediaId, mediaId), eq(audioAssets.workerId, workerId), eq(audioAssets.status, "running"));

/** Says the job is still alive and how far it got. */
export async function beat(database: ChorusDb, job: AudioJob, workerId: string, progress: number, now = new Date()): Promise<void> {
  await database.update(audioAssets).set({ heartbeatAt: now, progress: Math.round(progress * 100) }).where(mine(job.mediaId, workerId));
}

/** Gives up on a job with a reason the creator reads in Studio. */
export async function failAudioJob(database: ChorusDb, job: AudioJob, workerId: string, message: string, now = new Date()): Promise<void> {
  await database.update(audioAssets).set({ status: "failed", error: message, workerId: null, finishedAt: now }).where(mine(job.mediaId, workerId));
}

/** Puts a failed job back in the queue (Studio's "Try again"). */
export async function retryAudioJob(database: ChorusDb, mediaId: string, now = new Date()): Promise<boolean> {
  const rows = await database
    .update(audioAssets)
    .set({ status: "queued", attempts: 0, error: null, progress: 0, workerId: null, heartbeatAt: null, createdAt: now })
    .where(and(eq(audioAssets.mediaId, mediaId), eq(audioAssets.status, "failed")))
    .returning({ mediaId: audioAssets.mediaId });
  return rows.length > 0;
}

/** Copies a stored object into a local file (ffmpeg reads files: seeking in an MP4 needs it). */
async function toLocalFile(key: string, size: number, file: string): Promise<void> {
  await mediaStorage().read(key, 0, Math.max(0, size - 1)).pipeTo(Writable.toWeb(fs.createWriteStream(file)));
}

/**
 * Does one claimed job: transcodes the original into every rendition, measures
 * loudness, makes the waveform, stores them beside the original and marks the
 * job ready. A failure is recorded with its reason; the original stays playable.
 */
export async function processAudioJob(database: ChorusDb, job: AudioJob, workerId: string): Promise<"ready" | "failed" | "gone"> {
  const media = (await database.select({ path: mediaFiles.path, mime: mediaFiles.mime, durationMs: mediaFiles.durationMs }).from(mediaFiles).where(eq(mediaFiles.id, job.mediaId)).limit(1))[0];
  if (!media) return "gone";
  const storage = mediaStorage();
  const size = await storage.size(media.path);
  if (size === null) {
    await failAudioJob(database, job, workerId, storedAudioError("missingFromStorage"));
    return "failed";
  }
  const work = fs.mkdtempSync(path.join(scratchDir(), `audio-${job.mediaId}-`));
  let progress = 0;
  const timer = setInterval(() => void beat(database, job, workerId, progress).catch(() => undefined), BEAT_EVERY_MS);
  try {
    const input = path.join(work, "original");
    await toLocalFile(media.path, size, input);
    const result = await transcodeAudio(input, work, media.durationMs ?? 0, media.mime, (f) => (progress = f));
    for (const f of result.files) await storage.putFile(renditionPath(media.path, f.key), f.file);
    const done = await database
      .update(audioAssets)
      .set({
        status: "ready",
        progress: 100,
        workerId: null,
        finishedAt: new Date(),
        renditions: result.files.map((f) => f.key).join(","),
        peaks: encodePeaks(result.peaks),
        lufsX100: result.loudness && Number.isFinite(result.loudness.lufs) ? Math.round(result.loudness.lufs * 100) : null,
        truePeakX100: result.loudness && Number.isFinite(result.loudness.truePeak) ? Math.round(result.loudness.truePeak * 100) : null,
      })
      .where(mine(job.mediaId, workerId))
      .returning({ mediaId: audioAssets.mediaId });
    return done.length ? "ready" : "gone";
  } catch (error) {
    const message = error instanceof AudioJobError ? error.message : storedAudioError("failed");
    if (!(error instanceof AudioJobError)) console.error(`audio: job ${job.mediaId} failed`, error);
    await failAudioJob(database, job, workerId, message);
    return "failed";
  } finally {
    clearInterval(timer);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Queues audio stored before the pipeline existed (or whose job row went missing): run once when a worker starts. */
export async function enqueueUnprocessed(database: ChorusDb, now = new Date()): Promise<number> {
  const missing = await database
    .select({ id: mediaFiles.id })
    .from(mediaFiles)
    .leftJoin(audioAssets, eq(audioAssets.mediaId, mediaFiles.id))
    .where(and(eq(mediaFiles.kind, "audio"), isNull(audioAssets.mediaId)))
    .limit(10_000);
  for (const m of missing) await enqueueAudio(database, m.id, now);
  return missing.length;
}

/** Claims and processes jobs until none is left; returns how many ran. */
export async function drainAudioQueue(database: ChorusDb, workerId: string, staleMs = STALE_AFTER_MS): Promise<number> {
  let ran = 0;
  for (let job = await claimAudioJob(database, workerId, new Date(), staleMs); job; job = await claimAudioJob(database, workerId, new Date(), staleMs)) {
    await processAudioJob(database, job, workerId);
    ran++;
  }
  return ran;
}

/** Every job that is not ready, for Studio (by media id). */
export async function audioStatusOf(database: ChorusDb, mediaIds: string[]) {
  if (!mediaIds.length) return [];
  return database
    .select({ mediaId: audioAssets.mediaId, status: audioAssets.status, progress: audioAssets.progress, error: audioAssets.error })
    .from(audioAssets)
    .where(inArray(audioAssets.mediaId, mediaIds));
}
