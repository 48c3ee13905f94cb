import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import type { Pool } from "pg";
import type { ChorusDb } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
export const PG_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations-pg");

/** Applies the committed migrations of the database's engine (the one migrator per engine lives here, in db/). */
export async function runMigrations(database: ChorusDb): Promise<void> {
  if (database.engine === "postgres") {
    await migratePg(drizzlePg(database.$client as unknown as Pool), { migrationsFolder: PG_MIGRATIONS_FOLDER });
    return;
  }
  migrate(drizzle(database.$client), { migrationsFolder: MIGRATIONS_FOLDER });
}
