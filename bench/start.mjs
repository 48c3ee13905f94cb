// Warm start: how long the server takes to say it is ready, and how long the first
// visitor waits on each kind of page right after, with and without the warm-up
// (CHORUS_WARM_UP=0), side by side. Needs a production build and a seeded database
// (DATABASE_PATH, default data/chorus.db; `npm start` makes one).
//
// usage: npm run bench:start -- [--port 3460]
import { spawn } from "node:child_process";
import path from "node:path";
import { baseEnv } from "../scripts/env.mjs";

const portArg = process.argv.indexOf("--port");
const PORT = Number(portArg > 0 ? process.argv[portArg + 1] : 3460);
const PATHS = ["/intent/follow?handle=novalane", "/@novalane", "/concerts", "/discover", "/search?q=nova", "/"];

async function run(warm) {
  const env = baseEnv({ PORT: String(PORT), CHORUS_WARM_UP: warm ? "1" : "0", DATABASE_PATH: path.resolve(process.env.DATABASE_PATH ?? "data/chorus.db") });
  const started = Date.now();
  const server = spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: "ignore" });
  try {
    for (;;) {
      const ok = await fetch(`http://localhost:${PORT}/api/health`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      if (Date.now() - started > 120_000) throw new Error("the server did not become ready");
      await new Promise((r) => setTimeout(r, 50));
    }
    const row = { warm_up: warm ? "on" : "off", "ready after (ms)": Date.now() - started };
    for (const p of PATHS) {
      const t = performance.now();
      const res = await fetch(`http://localhost:${PORT}${p}`, { redirect: "manual" });
      await res.arrayBuffer();
      row[p] = Math.round(performance.now() - t);
    }
    return row;
  } finally {
    server.kill();
    await new Promise((r) => server.on("exit", r));
  }
}

const rows = [await run(false), await run(true)];
console.log("First request after the server says it is ready (ms):");
console.table(rows);
