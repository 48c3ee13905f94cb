import Database from "better-sqlite3";
import path from "node:path";
import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "@/lib/test/db";
import { backupDatabase, defaultBackupPath } from "./backup";
import { users } from "./schema";

// SQLite's online backup; PostgreSQL is backed up with pg_dump (npm run db:backup says how).
describe.skipIf(process.env.TEST_ENGINE === "postgres")("db:backup", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => {
    t = await tempDatabase();
  });
  afterEach(() => t.close());

  it("copies a consistent database while writes go on, readable by its owner only", async () => {
    await t.db.insert(users).values(Array.from({ length: 500 }, (_, i) => ({ email: `u${i}@x.test`, name: `U${i}` })));
    const file = path.join(t.dir, "backups", "copy.db");
    const writes = Promise.all(Array.from({ length: 20 }, (_, i) => t.db.insert(users).values({ email: `late${i}@x.test`, name: "L" })));
    const { bytes } = await backupDatabase(t.db, file);
    await writes;
    expect(bytes).toBeGreaterThan(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const n = (copy.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
    copy.close();
    // Everything written before the backup started, and a whole number of later writes.
    expect(n).toBeGreaterThanOrEqual(500);
    expect(n).toBeLessThanOrEqual(520);
  });

  it("never overwrites an existing file", async () => {
    const file = path.join(t.dir, "taken.db");
    fs.writeFileSync(file, "keep me");
    await expect(backupDatabase(t.db, file)).rejects.toThrow("already exists");
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  });

  it("names backups by time beside the database", () => {
    expect(defaultBackupPath("/srv/chorus/data/chorus.db", new Date("2026-11-30T03:15:00.123Z"))).toBe("/srv/chorus/data/backups/chorus-2026-11-30T03-15-00Z.db");
  });
});
