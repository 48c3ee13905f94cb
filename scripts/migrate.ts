import { databasePath, openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";

async function main() {
  const database = openDatabase();
  await runMigrations(database);
  database.close();
  console.log(`migrated ${databasePath()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
