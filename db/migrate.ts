import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { ChorusDb } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies the committed migrations on the writer connection (one migrator per engine lives here, in db/). */
export async function runMigrations(database: ChorusDb): Promise<void> {
  migrate(drizzle(database.$client), { migrationsFolder: MIGRATIONS_FOLDER });
}
