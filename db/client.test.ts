import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client";

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("openDatabase file permissions", () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-perms-"));
    // The usual umask, under which files are created world-readable.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates the data directory 0700 and the database, -wal and -shm files 0600", () => {
    const file = path.join(dir, "data", "chorus.db");
    const db = openDatabase(file);
    db.$client.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expect(mode(path.dirname(file))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    db.close();
  });

  it("tightens a database file that was world-readable", () => {
    const file = path.join(dir, "old.db");
    fs.writeFileSync(file, "");
    fs.chmodSync(file, 0o644);
    const db = openDatabase(file);
    expect(mode(file)).toBe(0o600);
    db.close();
  });
});
