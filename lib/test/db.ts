import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type ChorusDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { openPostgres } from "@/db/postgres";

/** A migrated database of its own: a SQLite file in a fresh temporary directory, or a PostgreSQL copy of the test template. */
/** `url`: how another process opens the same database (a SQLite file path or a postgres:// URL). */
export async function tempDatabase(): Promise<{ db: ChorusDb; dir: string; url: string; close(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-test-"));
  const template = process.env.CHORUS_TEST_PG_TEMPLATE;
  if (template) {
    const name = `t_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: template.replace(/\/[^/]+$/, "/postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE chorus_template`);
    await admin.end();
    const url = template.replace(/\/[^/]+$/, `/${name}`);
    const db = openPostgres(url, { max: 4 });
    return {
      db,
      dir,
      url,
      close() {
        db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const file = path.join(dir, "test.db");
  const db = openDatabase(file);
  await runMigrations(db);
  return {
    db,
    dir,
    url: file,
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
