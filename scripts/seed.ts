import { databasePath, openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../db/seed/seed";
import { drainAudioQueue } from "../lib/audio/queue";
import { cleanupOrphanMedia } from "../lib/media/cleanup";

async function main() {
  const database = openDatabase();
  await runMigrations(database);
  const started = Date.now();
  const audioSeconds = process.env.SEED_AUDIO_SECONDS ? Number(process.env.SEED_AUDIO_SECONDS) : undefined;
  const result = await seedDatabase(database, { audioSeconds });
  // Each start also sweeps media nothing references any more (replaced pictures, failed uploads).
  const cleaned = await cleanupOrphanMedia(database);
  // The demo's tracks go through the audio pipeline before the server starts (two at a time: one per core),
  // so the first listener already gets streams and waveforms. What is left (none, normally) the worker finishes.
  const audioStarted = Date.now();
  const processed = (await Promise.all([0, 1].map((n) => drainAudioQueue(database, `seed-${process.pid}-${n}`)))).reduce((a, b) => a + b, 0);
  if (processed) console.log(`seed: processed ${processed} audio files in ${((Date.now() - audioStarted) / 1000).toFixed(1)} s`);
  if (cleaned.media || cleaned.scratch) console.log(`seed: removed ${cleaned.media} orphaned media files and ${cleaned.scratch} stale temporary files`);
  database.close();
  if (result.skipped) console.log(`seed: ${databasePath()} already has demo data, left as is`);
  else console.log(`seed: ${JSON.stringify(result)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
