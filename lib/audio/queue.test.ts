import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { audioAssets, mediaFiles, users } from "@/db/schema";
import { saveMedia } from "@/lib/media/store";
import { resolveStored } from "@/lib/media/storage";
import { synthesize } from "@/lib/media/synth";
import { tempDatabase } from "@/lib/test/db";
import { english as sayError } from "@/lib/test/english";
import { audioErrorText } from "./job-error";
import { claimAudioJob, drainAudioQueue, MAX_ATTEMPTS, processAudioJob, retryAudioJob } from "./queue";
import { renditionPath, RENDITIONS } from "./renditions";
import { decodePeaks, PEAK_COUNT } from "./waveform";

/** A stored reason as an English reader sees it. */
const english = (stored: string | null) => audioErrorText(stored ?? "", (key, values) => sayError(key, values) ?? "");

let t: Awaited<ReturnType<typeof tempDatabase>>;
let owner: string;
beforeEach(async () => {
  t = await tempDatabase();
  process.env.UPLOADS_DIR = path.join(t.dir, "uploads");
  owner = (await t.db.insert(users).values({ email: "o@x.test", name: "O" }).returning())[0].id;
});
afterEach(() => t.close());

const upload = (bytes: Buffer, durationMs = 2000) => saveMedia(t.db, { ownerId: owner, kind: "audio", mime: "audio/wav", bytes, durationMs });
const asset = async (id: string) => (await t.db.select().from(audioAssets).where(eq(audioAssets.mediaId, id)))[0];
const SECOND = 1000;

describe("audio queue", () => {
  it("queues every audio upload, and a claim is taken by one worker only", async () => {
    const id = await upload(synthesize({ seconds: 2, root: 57, bpm: 100, seed: 1 }));
    expect((await asset(id)).status).toBe("queued");
    const now = new Date();
    const first = await claimAudioJob(t.db, "a", now);
    expect(first).toEqual({ mediaId: id, attempts: 1 });
    expect(await claimAudioJob(t.db, "b", now)).toBeNull();
    expect(await asset(id)).toMatchObject({ status: "running", workerId: "a" });
  });

  it("after a restart, a job whose worker stopped beating is taken over and finished", async () => {
    const id = await upload(synthesize({ seconds: 2, root: 57, bpm: 100, seed: 2 }));
    const started = new Date(Date.now() - 60 * SECOND);
    await claimAudioJob(t.db, "crashed", started);
    // Still fresh for a while: nobody else touches it.
    expect(await claimAudioJob(t.db, "new", new Date(started.getTime() + 10 * SECOND))).toBeNull();
    const taken = await claimAudioJob(t.db, "new", new Date(), 30 * SECOND);
    expect(taken).toEqual({ mediaId: id, attempts: 2 });
    expect(await processAudioJob(t.db, taken!, "new")).toBe("ready");
    const done = await asset(id);
    expect(done).toMatchObject({ status: "ready", progress: 100, workerId: null, error: null });
    // The crashed worker coming back late cannot overwrite the result.
    expect(await processAudioJob(t.db, { mediaId: id, attempts: 1 }, "crashed")).toBe("gone");
  });

  it("makes every rendition, the waveform and the loudness of a real file", async () => {
    const id = await upload(synthesize({ seconds: 3, root: 50, bpm: 120, seed: 3, energy: 0.9 }), 3000);
    expect(await drainAudioQueue(t.db, "w")).toBe(1);
    const done = await asset(id);
    expect(done.renditions.split(",")).toEqual(RENDITIONS.map((r) => r.key));
    const original = (await t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)))[0].path;
    for (const r of RENDITIONS) expect(fs.statSync(resolveStored(renditionPath(original, r.key))!).size).toBeGreaterThan(1000);
    const peaks = decodePeaks(done.peaks!);
    expect(peaks).toHaveLength(PEAK_COUNT);
    expect(Math.max(...peaks)).toBe(255);
    expect(done.lufsX100).toBeLessThan(0);
    expect(done.lufsX100).toBeGreaterThan(-4000);
    expect(done.truePeakX100).toBeLessThanOrEqual(100);
  });

  it("fails a file ffmpeg cannot decode with the reason, and Try again queues it once more", async () => {
    const id = await upload(Buffer.concat([Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt "), Buffer.alloc(64, 7)]));
    expect(await drainAudioQueue(t.db, "w")).toBe(1);
    const failed = await asset(id);
    expect(failed.status).toBe("failed");
    expect(english(failed.error)).toMatch(/^This file could not be decoded: \S/);
    expect(failed.error).not.toMatch(/\/tmp|uploads/);
    expect(await retryAudioJob(t.db, id)).toBe(true);
    expect(await asset(id)).toMatchObject({ status: "queued", attempts: 0, error: null });
    // Only a failed job can be retried.
    expect(await retryAudioJob(t.db, id)).toBe(false);
  });

  it("reads an upload only as the kind of audio it was accepted as: a playlist posing as an MP3 fetches nothing", async () => {
    const hls = Buffer.from("#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nhttp://127.0.0.1:9/secret.ts\n#EXT-X-ENDLIST\n");
    const id = await saveMedia(t.db, { ownerId: owner, kind: "audio", mime: "audio/mpeg", bytes: hls, durationMs: 10_000 });
    await drainAudioQueue(t.db, "w");
    const failed = await asset(id);
    expect(failed.status).toBe("failed");
    expect(english(failed.error)).toMatch(/^This file could not be decoded/);
    expect(failed.error).not.toMatch(/http|127\.0\.0\.1|\/tmp/);
  });

  it(`gives up after ${MAX_ATTEMPTS} interrupted tries, saying so`, async () => {
    const id = await upload(synthesize({ seconds: 1, root: 57, bpm: 100, seed: 4 }));
    let now = Date.now() - 10 * 60 * SECOND;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await claimAudioJob(t.db, `w${i}`, new Date(now), 30 * SECOND)).not.toBeNull();
      now += 60 * SECOND;
    }
    expect(await claimAudioJob(t.db, "last", new Date(now), 30 * SECOND)).toBeNull();
    const gaveUp = await asset(id);
    expect(gaveUp.status).toBe("failed");
    expect(english(gaveUp.error)).toMatch(/stopped 3 times/);
  });

  it("a deleted upload takes its job and its renditions with it", async () => {
    const id = await upload(synthesize({ seconds: 1, root: 57, bpm: 100, seed: 5 }));
    await drainAudioQueue(t.db, "w");
    const original = (await t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)))[0].path;
    const { deleteUnreferencedMedia } = await import("@/lib/media/store");
    expect(await deleteUnreferencedMedia(t.db, [id])).toBe(1);
    expect(await asset(id)).toBeUndefined();
    for (const r of RENDITIONS) expect(fs.existsSync(resolveStored(renditionPath(original, r.key))!)).toBe(false);
  });
});
