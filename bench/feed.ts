/**
 * Feed benchmark: a synthetic database, then p50/p95/p99 for the first and a
 * deep page, for viewers following 10, 100, 1,000 and 5,000 profiles, as bare
 * SQL and as full HTTP requests to /api/feed, and their ratio.
 *
 * usage: npm run bench:feed -- [--profiles 100000] [--follows 2000000] [--activities 5000000] [--runs 200] [--port 3401]
 * Needs a production build (`npm run build`); makes one if missing.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { readFeedPage } from "../lib/feed/feed";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PROFILES = arg("profiles", 100_000);
const FOLLOWS = arg("follows", 2_000_000);
const ACTIVITIES = arg("activities", 5_000_000);
const RUNS = arg("runs", 200);
const PORT = arg("port", 3401);
const VIEWER_SIZES = [10, 100, 1_000, 5_000];

let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const pid = (i: number) => `p${i.toString(36).padStart(8, "0")}`;
const uid = (i: number) => `u${i.toString(36).padStart(8, "0")}`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-feed-"));
  const dbPath = path.join(dir, "feed.db");
  const db = openDatabase(dbPath);
  await runMigrations(db);
  const sqlite = db.$client;
  const now = Date.now();
  const YEAR = 365 * 86_400_000;
  const creators = Math.max(100, Math.floor(PROFILES * 0.2));

  function timed(label: string, fn: () => void) {
    const t = Date.now();
    fn();
    console.log(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }

  console.log(`Generating ${PROFILES.toLocaleString()} profiles, ${FOLLOWS.toLocaleString()} follows, ${ACTIVITIES.toLocaleString()} activities in ${dbPath}`);
  // Bulk load: secondary indexes and search triggers are rebuilt after the load.
  const indexSql = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('follows', 'activities') AND sql IS NOT NULL").all() as { sql: string }[];
  for (const { sql } of indexSql) sqlite.exec(`DROP INDEX ${/INDEX `?([a-z_]+)`?/i.exec(sql)![1]}`);
  sqlite.exec("DROP TRIGGER profiles_fts_ai");
  sqlite.pragma("synchronous = OFF");

  timed("profiles", () => {
    const u = sqlite.prepare("INSERT INTO users (id, email, name, created_at) VALUES (?, ?, ?, ?)");
    const p = sqlite.prepare("INSERT INTO profiles (id, owner_id, kind, handle, name, bio, links, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '[]', ?, ?)");
    sqlite.transaction(() => {
      for (let i = 0; i < PROFILES; i++) {
        const created = now - Math.floor(rand() * YEAR * 3);
        u.run(uid(i), `bench${i}@bench.test`, `User ${i}`, created);
        p.run(pid(i), uid(i), i < creators ? "artist" : "listener", `bench_${i}`, i < creators ? `Artist ${i}` : `Listener ${i}`, created, created);
      }
    })();
  });

  // Viewers: the last profiles, following exactly 10, 100, 1,000 and 5,000 creators.
  const viewers = VIEWER_SIZES.map((n, k) => ({ n, id: pid(PROFILES - 1 - k), userId: uid(PROFILES - 1 - k) }));
  timed("follows", () => {
    const f = sqlite.prepare("INSERT OR IGNORE INTO follows (follower_id, followee_id, source, notify_level, created_at) VALUES (?, ?, 'app', 'all', ?)");
    sqlite.transaction(() => {
      let made = 0;
      for (const v of viewers) {
        for (let k = 0; k < Math.min(v.n, creators); k++) made += f.run(v.id, pid(Math.floor((k * creators) / Math.min(v.n, creators))), now - 1000).changes;
      }
      while (made < FOLLOWS) {
        // Skew: a few creators hold most followers (cubed uniform draw).
        const followee = Math.floor(Math.pow(rand(), 3) * creators);
        const follower = Math.floor(rand() * (PROFILES - VIEWER_SIZES.length));
        if (follower !== followee) made += f.run(pid(follower), pid(followee), now - Math.floor(rand() * YEAR)).changes;
      }
    })();
  });

  timed("activities", () => {
    const a = sqlite.prepare("INSERT INTO activities (id, actor_id, verb, object_type, object_id, group_key, highlight, created_at) VALUES (?, ?, 'followed', 'profile', ?, ?, 0, ?)");
    sqlite.transaction(() => {
      for (let i = 0; i < ACTIVITIES; i++) {
        // Prolific creators post more (squared draw); times spread over the last year.
        const actor = Math.floor(Math.pow(rand(), 2) * creators);
        const target = Math.floor(rand() * creators);
        a.run(`a${i.toString(36).padStart(9, "0")}`, pid(actor), pid(target), `followed:${pid(target)}`, now - Math.floor(rand() * YEAR));
      }
    })();
  });
  timed("indexes", () => {
    for (const { sql } of indexSql) sqlite.exec(sql);
    sqlite.exec("UPDATE profiles SET follower_count = (SELECT count(*) FROM follows WHERE followee_id = profiles.id)");
    sqlite.exec("ANALYZE");
  });
  sqlite.pragma("synchronous = NORMAL");

  const pct = (values: number[], p: number) => {
    const sorted = [...values].sort((x, y) => x - y);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  };
  const stats = (values: number[]) => ({ p50: pct(values, 50), p95: pct(values, 95), p99: pct(values, 99) });
  const ms = (n: number) => Number(n.toFixed(2));

  // Deep page: the cursor after 10 pages of 20.
  const deepCursor = new Map<string, string | null>();
  for (const v of viewers) {
    let cursor: string | null = null;
    for (let k = 0; k < 10; k++) cursor = (await readFeedPage(db, v.id, cursor, 20)).nextCursor ?? cursor;
    deepCursor.set(v.id, cursor);
  }

  type Row = { following: number; page: string; sqlP50: number; sqlP95: number; sqlP99: number; httpP50?: number; httpP95?: number; httpP99?: number; ratioP95?: number };
  const results: Row[] = [];
  for (const v of viewers) {
    for (const page of ["first", "deep (page 11)"]) {
      const cursor = page === "first" ? null : deepCursor.get(v.id)!;
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const t = process.hrtime.bigint();
        await readFeedPage(db, v.id, cursor, 20);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      const s = stats(times);
      results.push({ following: v.n, page, sqlP50: ms(s.p50), sqlP95: ms(s.p95), sqlP99: ms(s.p99) });
    }
  }
  db.close();

  async function http() {
    if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: dbPath } });
    const secret = randomBytes(32).toString("base64url");
    const server: ChildProcess = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: dbPath, AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" }, stdio: "ignore" });
    try {
      const base = `http://localhost:${PORT}`;
      for (let i = 0; i < 120; i++) {
        const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
        if (ok) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      for (const v of viewers) {
        const token = await encode({ token: { sub: v.userId }, secret, salt: "authjs.session-token" });
        const cookie = `authjs.session-token=${token}`;
        for (const row of results.filter((r) => r.following === v.n)) {
          const cursor = row.page === "first" ? null : deepCursor.get(v.id);
          const url = `${base}/api/feed${cursor ? `?cursor=${cursor}` : ""}`;
          for (let w = 0; w < 10; w++) await fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer());
          const times: number[] = [];
          for (let r = 0; r < RUNS; r++) {
            const t = process.hrtime.bigint();
            const res = await fetch(url, { headers: { cookie } });
            await res.arrayBuffer();
            if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${url}`);
            times.push(Number(process.hrtime.bigint() - t) / 1e6);
          }
          const s = stats(times);
          Object.assign(row, { httpP50: ms(s.p50), httpP95: ms(s.p95), httpP99: ms(s.p99), ratioP95: ms(s.p95 / row.sqlP95) });
        }
      }
    } finally {
      server.kill();
    }
  }

  void http()
    .then(() => {
      console.log(`\nFeed latency in ms (${RUNS} runs each, page size 20; strategy: fan-out on read over (actor_id, created_at) with widening time windows)`);
      console.table(results);
      const target = results.find((r) => r.following === 1_000 && r.page === "first");
      console.log(`target: p95 of the HTTP request < 30 ms for a viewer following 1,000 → ${target?.httpP95} ms ${target && target.httpP95! < 30 ? "(met)" : "(NOT met)"}`);
    })
    .finally(() => (process.env.BENCH_KEEP ? console.log(`kept ${dbPath}`) : fs.rmSync(dir, { recursive: true, force: true })));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
