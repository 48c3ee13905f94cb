import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { ChorusDb } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export function runMigrations(database: ChorusDb): void {
  migrate(database, { migrationsFolder: MIGRATIONS_FOLDER });
}
