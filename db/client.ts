import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type ChorusDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "chorus.db"));
}

/** Uploaded and generated media live beside the database file. */
export function uploadsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOADS_DIR ?? path.join(path.dirname(databasePath()), "uploads"));
}

/**
 * The database holds password hashes and private messages: its file, and the
 * -wal and -shm files beside it, are readable by this user only (0600), and a
 * directory we create for it is 0700.
 */
function restrictDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((fs.statSync(f).mode & 0o777) !== 0o600) fs.chmodSync(f, 0o600);
    } catch {
      // not there (yet): SQLite creates -wal and -shm with the database file's mode
    }
  }
}

export function openDatabase(file = databasePath()): ChorusDb {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Created here with 0600 rather than by SQLite with the umask's 0644.
  fs.closeSync(fs.openSync(file, "a", 0o600));
  restrictDatabaseFiles(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -32000");
  restrictDatabaseFiles(file);
  return drizzle(sqlite, { schema }) as ChorusDb;
}
