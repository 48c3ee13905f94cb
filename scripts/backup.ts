// npm run db:backup [-- file]: a consistent copy of the running database.
import { backupDatabase, defaultBackupPath } from "../db/backup";
import { databasePath, openDatabase } from "../db/client";

async function main() {
  if (process.env.DATABASE_URL) {
    console.log("DATABASE_URL is set: back up PostgreSQL with its own tool, for example\n\n  pg_dump --format=custom --file=chorus.dump \"$DATABASE_URL\"\n\nand restore with pg_restore --clean --dbname=\"$DATABASE_URL\" chorus.dump");
    return;
  }
  const database = openDatabase();
  try {
    const target = process.argv[2] ?? defaultBackupPath(databasePath());
    const started = Date.now();
    const { file, bytes } = await backupDatabase(database, target);
    console.log(`backed up ${databasePath()} to ${file} (${(bytes / 1048576).toFixed(1)} MB in ${Date.now() - started} ms)`);
    console.log("Uploaded media are files: copy the uploads directory beside it too (rsync -a).");
  } finally {
    database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
