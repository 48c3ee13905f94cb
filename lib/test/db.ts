import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type ChorusDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";

/** A migrated database in a fresh temporary directory. */
export async function tempDatabase(): Promise<{ db: ChorusDb; dir: string; close(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-test-"));
  const db = openDatabase(path.join(dir, "test.db"));
  await runMigrations(db);
  return {
    db,
    dir,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
