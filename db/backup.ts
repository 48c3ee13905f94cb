import fs from "node:fs";
import path from "node:path";
import type { ChorusDb } from "./client";

/**
 * An online backup of the SQLite database to `file` (SQLite's backup API: a
 * consistent copy taken page by page while the app keeps reading and writing).
 * The copy is readable by this user only, like the database itself.
 */
export async function backupDatabase(database: ChorusDb, file: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (fs.existsSync(file)) throw new Error(`${file} already exists: choose a new file name.`);
  await database.$client.backup(file);
  fs.chmodSync(file, 0o600);
  return { file, bytes: fs.statSync(file).size };
}

/** data/backups/chorus-2026-11-30T03-15-00Z.db beside the database. */
export function defaultBackupPath(databaseFile: string, now = new Date()): string {
  return path.join(path.dirname(databaseFile), "backups", `chorus-${now.toISOString().replace(/\.\d{3}/, "").replace(/:/g, "-")}.db`);
}
