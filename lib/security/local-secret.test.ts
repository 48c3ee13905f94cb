import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localSecret } from "@/scripts/env.mjs";

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("the local auth secret", () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-secret-"));
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is created 0600 in a 0700 directory and kept across calls", () => {
    const data = path.join(dir, "data");
    const secret = localSecret(data);
    expect(secret).toMatch(/^[\w-]{40,}$/);
    expect(mode(path.join(data, ".auth-secret"))).toBe(0o600);
    expect(mode(data)).toBe(0o700);
    expect(localSecret(data)).toBe(secret);
  });

  it("an existing secret readable by others is made 0600", () => {
    const file = path.join(dir, ".auth-secret");
    fs.writeFileSync(file, "older-secret\n");
    fs.chmodSync(file, 0o644);
    expect(localSecret(dir)).toBe("older-secret");
    expect(mode(file)).toBe(0o600);
  });
});
