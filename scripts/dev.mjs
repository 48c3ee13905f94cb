// npm run dev: migrate and seed, then the Next dev server.
import { spawnSync } from "node:child_process";
import { baseEnv } from "./env.mjs";

const env = baseEnv();
spawnSync("npx", ["tsx", "scripts/seed.ts"], { stdio: "inherit", env });
spawnSync("npx", ["next", "dev", "-p", env.PORT ?? "3000"], { stdio: "inherit", env });
