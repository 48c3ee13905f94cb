// npm run test:e2e: production build and Playwright against a fresh temporary database.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { baseEnv } from "./env.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-e2e-"));
const env = baseEnv({ DATABASE_PATH: path.join(dir, "chorus.db"), COUNTRY_HEADER: "x-test-country" });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;

let status = process.env.E2E_SKIP_BUILD === "1" ? 0 : run("npx", ["next", "build"]);
if (status === 0) status = run("npx", ["playwright", "test", ...process.argv.slice(2)]);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(status);
