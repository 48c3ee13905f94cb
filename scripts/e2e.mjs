// npm run test:e2e: production build and Playwright against a fresh temporary database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv } from "./env.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-e2e-"));
fs.mkdirSync(path.join(dir, "remote"));
// E2E_REMOTE_DATABASE_PATH: the second Chorus server of the federation journey (playwright.config.ts).
const env = baseEnv({ DATABASE_PATH: path.join(dir, "chorus.db"), E2E_REMOTE_DATABASE_PATH: path.join(dir, "remote", "chorus.db"), COUNTRY_HEADER: "x-test-country" });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;

const built = process.env.E2E_SKIP_BUILD === "1" ? 0 : run("npx", ["next", "build"]);
let status = built;
const only = process.argv.slice(2);
const scaleOnly = only.length > 0 && only.every((a) => a.includes("e2e/scale"));
if (status === 0 && !scaleOnly) status = run("npx", ["playwright", "test", ...only]);
// The core journeys again on PostgreSQL, two instances behind nginx (its own servers), unless specs were named.
if (built === 0 && process.env.E2E_SCALE !== "0" && (only.length === 0 || scaleOnly)) {
  const scale = run("npx", ["playwright", "test", "-c", "e2e/scale/playwright.config.ts"]);
  if (status === 0) status = scale;
}
fs.rmSync(dir, { recursive: true, force: true });
process.exit(status);
