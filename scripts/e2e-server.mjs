// Playwright's web server: migrate + seed the temporary database, then serve the production build.
import { spawn, spawnSync } from "node:child_process";
import { baseEnv } from "./env.mjs";

const env = baseEnv({ COUNTRY_HEADER: process.env.COUNTRY_HEADER ?? "x-test-country", TRUST_PROXY: "1", SEED_AUDIO_SECONDS: process.env.SEED_AUDIO_SECONDS ?? "12" });
// E2E_SEED=0: an empty server (the second server of the federation journey): migrations only.
const seeded = spawnSync("npx", ["tsx", process.env.E2E_SEED === "0" ? "scripts/migrate.ts" : "scripts/seed.ts"], { stdio: "inherit", env });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);
const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env: { ...env, PORT: env.PORT ?? "3100" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
