/**
 * Audio pipeline benchmark: a 5-minute 44.1 kHz 16-bit stereo WAV (what a
 * creator exports from a DAW, ~53 MB) through the real queue: stored as an
 * upload, claimed, transcoded to every rendition, loudness-scanned and turned
 * into a waveform. Prints the time (and as a fraction of real time) and what
 * each rendition weighs next to the original.
 *
 * usage: npm run bench:audio -- [--minutes 5]
 * Target: under 0.5x real time (150 s for 5 minutes) on this 2-core machine.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";

const i = process.argv.indexOf("--minutes");
const MINUTES = i > 0 ? Number(process.argv[i + 1]) : 5;

/** The demo synth rendered at CD quality, doubled into two channels. */
async function stereoWav(seconds: number): Promise<Buffer> {
  const { synthesize } = await import("../lib/media/synth");
  const mono = synthesize({ seconds, root: 50, bpm: 112, seed: 5, energy: 0.8, sampleRate: 44_100 });
  const frames = (mono.length - 44) / 2;
  const out = Buffer.alloc(44 + frames * 4);
  mono.copy(out, 0, 0, 44);
  out.writeUInt32LE(36 + frames * 4, 4);
  out.writeUInt16LE(2, 22); // channels
  out.writeUInt32LE(44_100 * 4, 28); // byte rate
  out.writeUInt16LE(4, 32); // block align
  out.writeUInt32LE(frames * 4, 40);
  for (let f = 0; f < frames; f++) {
    const s = mono.readInt16LE(44 + f * 2);
    out.writeInt16LE(s, 44 + f * 4);
    out.writeInt16LE(s, 46 + f * 4);
  }
  return out;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-audio-"));
  process.env.DATABASE_PATH = path.join(dir, "bench.db");
  process.env.UPLOADS_DIR = path.join(dir, "uploads");
  const { openDatabase } = await import("../db/client");
  const { runMigrations } = await import("../db/migrate");
  const { audioAssets, mediaFiles, users } = await import("../db/schema");
  const { saveMedia } = await import("../lib/media/store");
  const { claimAudioJob, processAudioJob } = await import("../lib/audio/queue");
  const { renditionPath, RENDITIONS } = await import("../lib/audio/renditions");
  const { resolveStored } = await import("../lib/media/storage");
  const { normalizationGainDb } = await import("../lib/audio/loudness");
  const database = openDatabase();
  await runMigrations(database);
  try {
    const seconds = MINUTES * 60;
    const wav = await stereoWav(seconds);
    const owner = (await database.insert(users).values({ email: "bench@x.test", name: "Bench" }).returning())[0].id;
    const mediaId = await saveMedia(database, { ownerId: owner, kind: "audio", mime: "audio/wav", bytes: wav, durationMs: seconds * 1000 });
    const job = await claimAudioJob(database, "bench");
    if (!job) throw new Error("nothing queued");
    const started = performance.now();
    const outcome = await processAudioJob(database, job, "bench");
    const elapsed = (performance.now() - started) / 1000;
    const asset = (await database.select().from(audioAssets).where(eq(audioAssets.mediaId, mediaId)))[0];
    if (outcome !== "ready") throw new Error(`job ended ${outcome}: ${asset.error}`);
    const original = (await database.select().from(mediaFiles).where(eq(mediaFiles.id, mediaId)))[0].path;
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    console.log(`audio pipeline: ${MINUTES}-minute 44.1 kHz stereo WAV (${mb(wav.length)}), ${os.cpus().length} cores`);
    console.log(`  all renditions + loudness + waveform: ${elapsed.toFixed(1)} s = ${(elapsed / seconds).toFixed(3)}x real time (target < 0.5x, ${seconds / 2} s)`);
    for (const r of RENDITIONS) {
      const bytes = fs.statSync(resolveStored(renditionPath(original, r.key))!).size;
      console.log(`  ${r.key.padEnd(9)} ${r.mime.padEnd(11)} ${mb(bytes).padStart(8)}  (${((bytes / wav.length) * 100).toFixed(1)}% of the WAV)`);
    }
    const lufs = (asset.lufsX100 ?? 0) / 100;
    const truePeak = (asset.truePeakX100 ?? 0) / 100;
    console.log(`  loudness ${lufs} LUFS, true peak ${truePeak} dBTP, playback gain ${normalizationGainDb({ lufs, truePeak })} dB; waveform ${asset.peaks?.length ?? 0} base64 chars (1,000 peaks)`);
  } finally {
    database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
