import { databasePath, openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";

const database = openDatabase();
runMigrations(database);
database.$client.close();
console.log(`migrated ${databasePath()}`);
