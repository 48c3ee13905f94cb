/**
 * Studio benchmark (SQLite): one page with a year of history at scale (1M plays,
 * 200k follow events, 100k discovery impressions, 20 tracks, fans in 14 cities),
 * then:
 *   - rebuilding that page's daily rollups from the raw rows (the seed's path);
 *   - what the incremental rollups cost per event (a play, a follow) next to the
 *     same write without them, and what a day of events for 10,000 pages adds up to;
 *   - HTTP p50/p95/p99 of Studio's Overview and Audience (28 days and 12 months),
 *     signed in as the page's owner, warm;
 *   - pruning the raw rows past the 13-month horizon (lib/studio/retention.ts).
 *
 * usage: npm run bench:studio -- [--plays 1000000] [--fans 150000] [--unfollows 50000] [--runs 100] [--port 3480] [--keep]
 * (--keep leaves the generated database in place and prints where it is, to look into a figure)
 * Needs a production build (`npm run build`); makes one if missing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { encode } from "next-auth/jwt";

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) => Number(argValue(name) ?? fallback);
const PLAYS = arg("plays", 1_000_000);
const FANS = arg("fans", 150_000);
const UNFOLLOWS = arg("unfollows", 50_000);
const IMPRESSIONS = arg("impressions", 100_000);
const RUNS = arg("runs", 100);
const PORT = arg("port", 3480);
const DAY = 86_400_000;
const CITIES = [
  ["Berlin", "DE"], ["London", "GB"], ["Paris", "FR"], ["New York", "US"], ["Los Angeles", "US"], ["Tokyo", "JP"], ["Lisbon", "PT"],
  ["Mexico City", "MX"], ["Stockholm", "SE"], ["São Paulo", "BR"], ["Melbourne", "AU"], ["Toronto", "CA"], ["Barcelona", "ES"], ["Amsterdam", "NL"],
];

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n: number) => Math.round(n * 10) / 10;
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(14 - prefix.length, "0")}`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-studio-"));
  const dbPath = path.join(dir, "chorus.db");
  delete process.env.DATABASE_URL;
  process.env.DATABASE_PATH = dbPath;
  const { openDatabase } = await import("../db/client");
  const { runMigrations } = await import("../db/migrate");
  const { countFollow, countPlay, rebuildPageStats } = await import("../lib/studio/rollups");
  const { pruneRawEvents } = await import("../lib/studio/retention");
  const { recordPlay } = await import("../lib/music/plays");
  const { setFollow } = await import("../lib/follows/follow");
  const db = openDatabase(dbPath);
  const rows: Record<string, string | number>[] = [];
  try {
    await runMigrations(db);
    const sqlite = db.$client as BetterSqlite3.Database;
    const now = Date.now();
    const started = performance.now();
    sqlite.pragma("synchronous = OFF");
    sqlite.exec("DROP TRIGGER IF EXISTS profiles_fts_ai");
    const insert = (sql: string) => sqlite.prepare(sql);
    sqlite.transaction(() => {
      insert("INSERT INTO users (id, email, name, created_at) VALUES (?, ?, ?, ?)").run("owner000000000", "owner@bench.test", "Owner", now);
      insert("INSERT INTO profiles (id, owner_id, kind, handle, name, links, created_at, updated_at) VALUES (?, ?, 'listener', 'bench_owner', 'Owner', '[]', ?, ?)").run("ownerprofile00", "owner000000000", now, now);
      insert("INSERT INTO profiles (id, owner_id, kind, handle, name, links, created_at, updated_at) VALUES (?, ?, 'artist', 'bench_band', 'Bench Band', '[]', ?, ?)").run("page0000000000", "owner000000000", now, now);
      insert("INSERT INTO media_files (id, kind, mime, bytes, path, created_at) VALUES ('media000000000', 'audio', 'audio/wav', 1, 'x.wav', ?)").run(now);
      insert("INSERT INTO releases (id, profile_id, title, kind, release_at, status, created_at) VALUES ('release0000000', 'page0000000000', 'Album', 'album', ?, 'published', ?)").run(now - 300 * DAY, now);
      const track = insert("INSERT INTO tracks (id, profile_id, release_id, position, title, audio_id, duration_ms, published_at, created_at) VALUES (?, 'page0000000000', 'release0000000', ?, ?, 'media000000000', 180000, ?, ?)");
      for (let t = 0; t < 20; t++) track.run(id("track", t), t, `Track ${t + 1}`, now - 300 * DAY, now);
      const user = insert("INSERT INTO users (id, email, name, created_at) VALUES (?, ?, ?, ?)");
      const profile = insert("INSERT INTO profiles (id, owner_id, kind, handle, name, links, city, country, created_at, updated_at) VALUES (?, ?, 'listener', ?, ?, '[]', ?, ?, ?, ?)");
      const follow = insert("INSERT INTO follows (follower_id, followee_id, source, source_origin, notify_level, created_at) VALUES (?, 'page0000000000', ?, ?, 'all', ?)");
      const unfollow = insert("INSERT INTO follow_events (follower_id, followee_id, kind, at) VALUES (?, 'page0000000000', 'unfollowed', ?)");
      for (let f = 0; f < FANS; f++) {
        const [city, country] = CITIES[Math.floor(Math.pow(rand(), 1.5) * CITIES.length)];
        user.run(id("user", f), `fan${f}@bench.test`, `Fan ${f}`, now);
        profile.run(id("fan", f), id("user", f), `fan_${f}`, `Fan ${f}`, city, country, now, now);
        const at = now - Math.floor(rand() * 365 * DAY);
        const r = rand();
        const source = r < 0.5 ? "app" : r < 0.65 ? "search" : r < 0.85 ? "discovery" : "embed";
        if (f < FANS - UNFOLLOWS) follow.run(id("fan", f), source, source === "embed" ? `https://site${f % 40}.example` : null, at);
        else unfollow.run(id("fan", f), at);
      }
      sqlite.exec(`UPDATE profiles SET follower_count = ${FANS - UNFOLLOWS} WHERE id = 'page0000000000'`);
      const play = insert("INSERT INTO plays (track_id, listener_id, source, at) VALUES (?, ?, ?, ?)");
      for (let p = 0; p < PLAYS; p++) {
        const r = rand();
        play.run(id("track", Math.floor(Math.pow(rand(), 2) * 20)), rand() < 0.25 ? null : id("fan", Math.floor(Math.pow(rand(), 2) * FANS)), r < 0.6 ? "app" : r < 0.85 ? "discovery" : "embed", now - Math.floor(rand() * 365 * DAY));
      }
      const impression = insert("INSERT INTO impressions (id, viewer_id, item_type, item_id, creator_id, reason, source, shown_at) VALUES (?, ?, 'track', ?, 'page0000000000', 'similar', 'popular', ?)");
      for (let i = 0; i < IMPRESSIONS; i++) impression.run(id("imp", i), id("fan", i % FANS), id("track", i % 20), now - Math.floor(rand() * 365 * DAY));
    })();
    sqlite.pragma("synchronous = NORMAL");
    sqlite.exec("ANALYZE");
    console.log(`generated ${PLAYS.toLocaleString()} plays, ${FANS.toLocaleString()} follow events (${UNFOLLOWS.toLocaleString()} unfollows), ${IMPRESSIONS.toLocaleString()} impressions in ${Math.round(performance.now() - started)} ms`);

    let t = performance.now();
    await rebuildPageStats(db, ["page0000000000"]);
    const rebuildMs = performance.now() - t;
    const rollupRows = (sqlite.prepare("SELECT count(*) AS n FROM page_stats_daily").get() as { n: number }).n;
    rows.push({ measure: "rebuild one page's year of rollups from raw rows", result: `${Math.round(rebuildMs)} ms (${rollupRows.toLocaleString()} rollup rows)` });

    // Incremental cost: a counted play and a follow end to end, and the rollup part of each alone.
    const N = 2_000;
    t = performance.now();
    for (let p = 0; p < N; p++) await recordPlay(db, { trackId: id("track", p % 20), listenerKey: `bench${p}`, listenerId: id("fan", (p * 7919) % FANS), source: "app" });
    const playMs = (performance.now() - t) / N;
    t = performance.now();
    for (let p = 0; p < N; p++) await db.transaction(async (tx) => countPlay(tx, { trackId: id("track", p % 20), listenerId: id("fan", (p * 104729) % FANS), source: "app", at: new Date() }));
    const playRollupMs = (performance.now() - t) / N;
    t = performance.now();
    for (let f = 0; f < 500; f++) await setFollow(db, { followerId: id("fan", FANS - 1 - f), followeeId: "page0000000000", follow: true });
    const followMs = (performance.now() - t) / 500;
    t = performance.now();
    for (let f = 0; f < 500; f++) await db.transaction(async (tx) => countFollow(tx, { followerId: id("fan", f), followeeId: "page0000000000", follow: true, source: "app", at: new Date() }));
    const followRollupMs = (performance.now() - t) / 500;
    rows.push({ measure: "a counted play (rate limit, play row, counter, rollups)", result: `${ms(playMs)} ms` });
    rows.push({ measure: "  of which the rollups (listener checks, one upsert)", result: `${ms(playRollupMs)} ms` });
    rows.push({ measure: "a follow (row, counters, notification, activity, rollups)", result: `${ms(followMs)} ms` });
    rows.push({ measure: "  of which the rollups", result: `${ms(followRollupMs)} ms` });
    const daySeconds = (playRollupMs * 1_000_000 + followRollupMs * 50_000) / 1000;
    rows.push({ measure: "a day for 10,000 pages (100 plays + 5 follows each): rollup work", result: `${ms(daySeconds)} s, spread over the day in the events' own writes (no batch job)` });
    db.close();

    if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    const secret = randomBytes(32).toString("base64url");
    const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, DATABASE_PATH: dbPath, UPLOADS_DIR: path.join(dir, "uploads"), PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" }, stdio: "ignore" });
    try {
      const base = `http://localhost:${PORT}`;
      for (let i = 0; i < 240; i++) {
        if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const cookie = `authjs.session-token=${await encode({ token: { sub: "owner000000000" }, secret, salt: "authjs.session-token" })}`;
      const http: Record<string, string | number>[] = [];
      for (const [name, url] of [
        ["Overview, 28 days", "/studio/pages/page0000000000"],
        ["Overview, 12 months", "/studio/pages/page0000000000?range=12m"],
        ["Audience, 28 days", "/studio/pages/page0000000000/audience"],
        ["Audience, 12 months", "/studio/pages/page0000000000/audience?range=12m"],
        ["CSV: daily, 12 months", "/api/studio/pages/page0000000000/stats?table=daily&range=12m"],
        ["baseline: Videos (a signed-in Studio page, no numbers)", "/studio/pages/page0000000000/videos"],
      ]) {
        // Manual redirects: a sign-in redirect must fail the run, not be measured.
        for (let w = 0; w < 10; w++) await fetch(base + url, { headers: { cookie }, redirect: "manual" }).then((r) => r.arrayBuffer());
        const times: number[] = [];
        let bytes = 0;
        for (let r = 0; r < RUNS; r++) {
          const start = process.hrtime.bigint();
          const res = await fetch(base + url, { headers: { cookie }, redirect: "manual" });
          bytes = (await res.arrayBuffer()).byteLength;
          if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${url}`);
          times.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        http.push({ page: name, p50: ms(pct(times, 50)), p95: ms(pct(times, 95)), p99: ms(pct(times, 99)), "KB": Math.round(bytes / 1024) });
      }
      console.log(`\nStudio at scale (SQLite): ${PLAYS.toLocaleString()} plays, ${FANS.toLocaleString()} follow events, ${IMPRESSIONS.toLocaleString()} impressions for one page`);
      console.table(rows);
      console.log(`HTTP, signed in as the owner, warm (${RUNS} runs each, ms); target p95 < 50 ms:`);
      console.table(http);
    } finally {
      server.kill();
    }
    // Pruning: as the worker would six months from now, when about half the year's raw rows are past the horizon.
    const later = openDatabase(dbPath);
    const pruneStart = performance.now();
    const pruned = { plays: 0, impressions: 0, runs: 0 };
    for (;;) {
      const run = await pruneRawEvents(later, new Date(Date.now() + 183 * DAY));
      pruned.plays += run.plays;
      pruned.impressions += run.impressions;
      pruned.runs++;
      if (run.done) break;
    }
    console.log(`pruning raw events past the 13-month horizon (as six months from now): ${pruned.plays.toLocaleString()} plays and ${pruned.impressions.toLocaleString()} impressions in ${Math.round(performance.now() - pruneStart)} ms (${pruned.runs} worker run(s) of at most 5 s, batches of 5,000)`);
    later.close();
  } finally {
    if (process.argv.includes("--keep")) console.log(`kept: DATABASE_PATH=${dbPath}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
