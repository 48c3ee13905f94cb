import { databasePath, openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../db/seed/seed";
import { cleanupOrphanMedia } from "../lib/media/cleanup";

async function main() {
  const database = openDatabase();
  await runMigrations(database);
  const started = Date.now();
  const audioSeconds = process.env.SEED_AUDIO_SECONDS ? Number(process.env.SEED_AUDIO_SECONDS) : undefined;
  const result = await seedDatabase(database, { audioSeconds });
  // Each start also sweeps media nothing references any more (replaced pictures, failed uploads).
  const cleaned = await cleanupOrphanMedia(database);
  if (cleaned.media || cleaned.scratch) console.log(`seed: removed ${cleaned.media} orphaned media files and ${cleaned.scratch} stale temporary files`);
  database.close();
  if (result.skipped) console.log(`seed: ${databasePath()} already has demo data, left as is`);
  else console.log(`seed: ${JSON.stringify(result)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
