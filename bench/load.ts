/**
 * Load test: many visitors at once (autocannon against localhost): signed-out
 * profile, track and home pages (served from the page cache), the embeddable
 * Follow button, a signed-in home feed and the Follow action, for each engine:
 * SQLite with one instance, PostgreSQL with two instances behind nginx
 * (scripts/cluster.mjs). Prints requests/s, latency p50/p95/p99 and counts of
 * non-2xx, 5xx, errors and timeouts. Bounded: each target runs for --duration.
 *
 * usage: npm run bench:load -- [--engine sqlite|postgres|both] [--connections 200] [--duration 30] [--port 3450]
 * Needs a production build (`npm run build`); makes one if missing. Each engine
 * runs in its own child process (the engine is chosen once per process).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { rowsPerEngine } from "./engines";

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const CONNECTIONS = Number(argValue("connections") ?? 200);
const DURATION = Number(argValue("duration") ?? 30);
const PORT = Number(argValue("port") ?? 3450);
const ENGINE = argValue("engine") ?? "both";
const BENCH_USERS = 1_000;

type Result = { engine: string; target: string; requests: number; "req/s": number; p50: number; p95: number; p99: number; non2xx: number; "5xx": number; errors: number; timeouts: number };

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/** The id Next gave a server action in this build (what a browser sends in the Next-Action header). */
function actionId(file: string, exported: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exported);
  if (!found) throw new Error(`server action ${exported} in ${file} is not in this build`);
  return found[0];
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function runEngine(engine: "sqlite" | "postgres") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-load-"));
  const secret = randomBytes(32).toString("base64url");
  const env: Record<string, string> = { NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", SEED_AUDIO_SECONDS: "12", DATABASE_PATH: path.join(dir, "chorus.db"), UPLOADS_DIR: path.join(dir, "uploads"), PUBLIC_URL: `http://localhost:${PORT}` };
  const stops: (() => void)[] = [];
  try {
    let base = `http://localhost:${PORT}`;
    if (engine === "postgres") {
      const { startCluster } = await import("../scripts/cluster.mjs");
      const cluster = await startCluster({ port: PORT, instances: 2, env, log: () => undefined });
      stops.push(cluster.stop);
      process.env.DATABASE_URL = cluster.databaseUrl;
      base = cluster.url;
    } else {
      delete process.env.DATABASE_URL;
      const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], { stdio: "ignore", env: { ...process.env, ...env } });
      if (seeded.status !== 0) throw new Error("seeding failed");
      const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "ignore", env: { ...process.env, ...env, PORT: String(PORT) } });
      stops.push(() => server.kill());
      await waitFor(`${base}/api/health`);
    }
    // Imported once DATABASE_URL is settled: the engine and its tables are chosen at import.
    const { openDatabase } = await import("../db/client");
    const { profiles, users, tracks } = await import("../db/schema");
    const { eq } = await import("drizzle-orm");
    const db = engine === "postgres" ? openDatabase() : openDatabase(env.DATABASE_PATH);
    const listener = (await db.select().from(users).where(eq(users.email, "demo@chorus.test")).limit(1))[0];
    const artists = await db.select({ id: profiles.id, handle: profiles.handle }).from(profiles).where(eq(profiles.kind, "artist"));
    const track = (await db.select({ id: tracks.id }).from(tracks).limit(1))[0];
    // People who follow and unfollow during the test: each stays well under the follow rate limit.
    const now = new Date();
    const people: { userId: string; profileId: string }[] = [];
    for (let i = 0; i < BENCH_USERS; i++) {
      const userId = `benchu${i.toString(36).padStart(6, "0")}`;
      const profileId = `benchp${i.toString(36).padStart(6, "0")}`;
      people.push({ userId, profileId });
    }
    for (let i = 0; i < people.length; i += 200) {
      const batch = people.slice(i, i + 200);
      await db.insert(users).values(batch.map((p, k) => ({ id: p.userId, email: `load${i + k}@bench.test`, name: `Load ${i + k}`, country: "DE", createdAt: now })));
      await db.insert(profiles).values(batch.map((p, k) => ({ id: p.profileId, ownerId: p.userId, kind: "listener" as const, handle: `load_${i + k}`, name: `Load ${i + k}`, country: "DE", createdAt: now, updatedAt: now })));
    }
    db.close();

    const cookieFor = async (userId: string) => `authjs.session-token=${await encode({ token: { sub: userId }, secret, salt: "authjs.session-token" })}`;
    const listenerCookie = await cookieFor(listener.id);
    const cookies = await Promise.all(people.map((p) => cookieFor(p.userId)));
    const follow = actionId("lib/follows/actions.ts", "followAction");
    const state = new Map<string, boolean>();
    let n = 0;

    const targets: { name: string; options: Partial<autocannon.Options> }[] = [
      { name: "profile (signed out)", options: { url: `${base}/@${artists[0].handle}` } },
      { name: "track (signed out)", options: { url: `${base}/track/${track.id}` } },
      { name: "home (signed out)", options: { url: `${base}/` } },
      { name: "follow embed", options: { url: `${base}/embed/follow/${artists[0].handle}` } },
      { name: "home feed (signed in)", options: { url: `${base}/`, headers: { cookie: listenerCookie } } },
      {
        name: "follow action (POST)",
        options: {
          url: `${base}/`,
          requests: [
            {
              method: "POST",
              setupRequest: (req) => {
                // Each request: one person follows or unfollows one artist (alternating per pair).
                const k = n++;
                const person = k % people.length;
                const artist = artists[Math.floor(k / people.length) % artists.length];
                const key = `${person}:${artist.id}`;
                const next = !state.get(key);
                state.set(key, next);
                return { ...req, method: "POST", path: "/", headers: { cookie: cookies[person], "next-action": follow, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base }, body: JSON.stringify([{ profileId: artist.id, follow: next }]) };
              },
            },
          ],
        },
      },
    ];
    // The action really follows (an answer of 200 could still be a refusal).
    const probe = await fetch(`${base}/`, { method: "POST", headers: { cookie: cookies[0], "next-action": follow, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base }, body: JSON.stringify([{ profileId: artists.at(-1)!.id, follow: true }]) });
    const answer = await probe.text();
    if (!answer.includes('"ok":true')) throw new Error(`the follow action did not follow: ${probe.status} ${answer.slice(0, 300)}`);
    const results: Result[] = [];
    for (const target of targets) {
      // A few seconds of warm-up per target, not counted.
      await run({ ...target.options, url: target.options.url!, connections: 10, duration: 3 });
      const r = await run({ ...target.options, url: target.options.url!, connections: CONNECTIONS, duration: DURATION, timeout: 10 });
      results.push({ engine: engine === "postgres" ? "postgres (2 instances + nginx)" : "sqlite (1 instance)", target: target.name, requests: r.requests.total, "req/s": Math.round(r.requests.average), p50: r.latency.p50, p95: p95(r), p99: r.latency.p99, non2xx: r.non2xx, "5xx": r["5xx"], errors: r.errors, timeouts: r.timeouts });
      console.log(`  [${engine}] ${target.name}: ${Math.round(r.requests.average)} req/s, p95 ${results.at(-1)!.p95} ms, non-2xx ${r.non2xx} (5xx ${r["5xx"]}), timeouts ${r.timeouts}`);
    }
    const out = argValue("json");
    if (out) fs.writeFileSync(out, JSON.stringify(results));
    else {
      console.table(results);
      printTargets(results);
    }
  } finally {
    for (const stop of stops.reverse()) stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 17's targets for one process: cached public pages and the signed-in feed. */
function printTargets(rows: Result[]) {
  const single = rows.filter((r) => r.engine.startsWith("sqlite"));
  const cached = single.filter((r) => r.target.endsWith("(signed out)"));
  const cachedMet = cached.length > 0 && cached.every((r) => r["req/s"] >= 1000 && r.p99 < 500 && r.errors === 0 && r.timeouts === 0);
  console.log(`target: cached public pages ≥ 1,000 req/s, p99 < 500 ms, no errors or timeouts (one process) → ${cached.map((r) => `${r.target.replace(" (signed out)", "")} ${r["req/s"]} req/s p99 ${r.p99} ms`).join(", ")} ${cachedMet ? "(met)" : "(NOT met)"}`);
  const feed = single.find((r) => r.target === "home feed (signed in)");
  if (feed) console.log(`target: signed-in feed ≥ 150 req/s with no 5xx (one process) → ${feed["req/s"]} req/s, ${feed["5xx"]} 5xx ${feed["req/s"] >= 150 && feed["5xx"] === 0 ? "(met)" : "(NOT met)"}`);
}

/** autocannon reports p90 and p97.5 but not p95: interpolated between them. */
function p95(r: autocannon.Result): number {
  return Math.round(r.latency.p90 + ((r.latency.p97_5 - r.latency.p90) * (95 - 90)) / (97.5 - 90));
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (ENGINE === "sqlite" || ENGINE === "postgres") return runEngine(ENGINE);
  if (ENGINE !== "both") throw new Error(`--engine must be sqlite, postgres or both (got ${ENGINE})`);
  const rows = rowsPerEngine<Result>("bench/load.ts");
  console.log(`\nLoad: ${CONNECTIONS} connections for ${DURATION} s per target (latency in ms; p95 interpolated from p90 and p97.5)`);
  console.table(rows);
  printTargets(rows);
  const fives = rows.reduce((sum, r) => sum + r["5xx"], 0);
  console.log(`target: zero 5xx → ${fives} ${fives === 0 ? "(met)" : "(NOT met)"}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
