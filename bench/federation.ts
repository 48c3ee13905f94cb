/**
 * Federation fan-out: one release delivered to 10,000 followers on other
 * servers, spread over 500 servers (each with a shared inbox), all local.
 *
 * A production Chorus server (scripts/server.mjs, its worker delivering) runs
 * on a fresh SQLite database holding an artist and 10,000 remote followers. A
 * local "fediverse" HTTP server stands in for the 500 remote servers (one path
 * prefix each) and counts the signed POSTs it receives. The bench measures
 * page requests to the artist's profile (rendered per request, no page cache)
 * before and during the delivery, and the time from the release to the last
 * delivery. Targets (issue 23): all 500 deliveries within 60 s; page p95
 * during delivery at most 20% above before.
 *
 * usage: npm run bench:federation -- [--followers 10000] [--servers 500] [--port 3460]
 * Needs a production build (`npx next build`).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FOLLOWERS = arg("followers", 10_000);
const SERVERS = arg("servers", 500);
const PORT = arg("port", 3460);
const SINK_PORT = PORT + 1;
const PAGE_CONCURRENCY = 4;
const BASELINE_MS = 15_000;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/** Requests the page with a few concurrent visitors until `until()` says stop; returns each latency (ms). */
async function visit(url: string, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: PAGE_CONCURRENCY }, async () => {
      while (!until()) {
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.ok) times.push(performance.now() - t);
      }
    }),
  );
  return times;
}

async function main() {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-fed-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    DATABASE_PATH: path.join(dir, "chorus.db"),
    PORT: String(PORT),
    PUBLIC_URL: `http://localhost:${PORT}`,
    FEDERATION_LOCAL: "1",
    FEDERATION_POLL_MS: "500",
    PAGE_CACHE: "off",
  };
  const migrated = spawnSync("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: "inherit" });
  if (migrated.status !== 0) throw new Error("migration failed");

  // The world: one artist, FOLLOWERS remote followers on SERVERS servers.
  process.env.DATABASE_PATH = env.DATABASE_PATH;
  const dbPath = env.DATABASE_PATH!;
  const { openDatabase } = await import("../db/client");
  const schema = await import("../db/schema");
  const db = openDatabase(dbPath);
  const [user] = await db.insert(schema.users).values({ email: "bench@fed.test", name: "Bench" }).returning();
  const [artist] = await db.insert(schema.profiles).values({ ownerId: user.id, kind: "artist", handle: "benchartist", name: "Bench Artist", bio: "Fan-out under load" }).returning();
  const sink = `http://127.0.0.1:${SINK_PORT}`;
  const started = performance.now();
  for (let i = 0; i < FOLLOWERS; i += 500) {
    const batch = Array.from({ length: Math.min(500, FOLLOWERS - i) }, (_, k) => {
      const n = i + k;
      const server = n % SERVERS;
      return { uri: `${sink}/s${server}/users/${n}`, handle: `fan${n}@s${server}.example`, host: `s${server}.example`, type: "Person", name: `Fan ${n}`, inbox: `${sink}/s${server}/users/${n}/inbox`, sharedInbox: `${sink}/s${server}/inbox`, fetchedAt: new Date() };
    });
    const actors = await db.insert(schema.remoteActors).values(batch).returning({ id: schema.remoteActors.id });
    await db.insert(schema.remoteFollowers).values(actors.map((a) => ({ profileId: artist.id, actorId: a.id, createdAt: new Date(Date.now() - 60_000) })));
  }
  console.log(`world: 1 artist, ${FOLLOWERS.toLocaleString("en")} remote followers on ${SERVERS} servers (${Math.round(performance.now() - started)} ms)`);

  // The other servers: count signed deliveries per shared inbox.
  const received = new Map<string, number>();
  let unsigned = 0;
  let lastAt = 0;
  const sinkServer = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.method === "POST") {
        if (!req.headers.signature && !req.headers["signature-input"]) unsigned += 1;
        received.set(req.url ?? "", (received.get(req.url ?? "") ?? 0) + 1);
        lastAt = performance.now();
      }
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((r) => sinkServer.listen(SINK_PORT, "127.0.0.1", r));

  const server = spawn(process.execPath, ["scripts/server.mjs"], { env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitFor(`http://localhost:${PORT}/api/health`);
    const page = `http://localhost:${PORT}/@benchartist`;
    await visit(page, (() => { const end = Date.now() + 3000; return () => Date.now() > end; })());
    let stop = Date.now() + BASELINE_MS;
    const before = await visit(page, () => Date.now() > stop);

    // The release: the worker's publisher picks it up and hands it to the queue.
    const now = new Date();
    const [release] = await db.insert(schema.releases).values({ profileId: artist.id, title: "Fan-out", kind: "single", releaseAt: now, status: "published" }).returning();
    await db.insert(schema.activities).values({ actorId: artist.id, verb: "release_published", objectType: "release", objectId: release.id, groupKey: `release:${release.id}`, createdAt: now });
    const t0 = performance.now();
    const deadline = Date.now() + 120_000;
    stop = Number.POSITIVE_INFINITY;
    const during = visit(page, () => received.size >= SERVERS || Date.now() > deadline);
    const duringTimes = await during;
    const deliveredIn = received.size >= SERVERS ? (lastAt - t0) / 1000 : NaN;
    const p95Before = percentile(before, 95);
    const p95During = percentile(duringTimes, 95);
    const rows = [
      { measure: "followers / servers", value: `${FOLLOWERS.toLocaleString("en")} / ${SERVERS}` },
      { measure: "deliveries received (shared inboxes)", value: `${received.size} of ${SERVERS}${unsigned ? ` (${unsigned} unsigned!)` : ", all signed"}` },
      { measure: "release → last delivery", value: Number.isNaN(deliveredIn) ? "not finished in 120 s" : `${deliveredIn.toFixed(1)} s (target ≤ 60 s)` },
      { measure: "profile page p50 before / during", value: `${percentile(before, 50).toFixed(1)} / ${percentile(duringTimes, 50).toFixed(1)} ms` },
      { measure: "profile page p95 before / during", value: `${p95Before.toFixed(1)} / ${p95During.toFixed(1)} ms (${(((p95During - p95Before) / p95Before) * 100).toFixed(0)}%, target ≤ +20%)` },
      { measure: "page requests before / during", value: `${before.length} / ${duringTimes.length}` },
    ];
    console.table(rows);
  } finally {
    server.kill("SIGTERM");
    sinkServer.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
