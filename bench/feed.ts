/**
 * Feed benchmark: one synthetic world (profiles, follows, activities; the same
 * rows on every engine, from a fixed seed), then p50/p95/p99 of the first and
 * a deep page for viewers following 10, 100, 1,000 and 5,000 profiles, as bare
 * SQL and as full HTTP requests to /api/feed, side by side per engine.
 *
 * usage: npm run bench:feed -- [--engine sqlite|postgres|both] [--profiles 100000] [--follows 2000000] [--activities 5000000] [--runs 200] [--port 3401]
 * Needs a production build (`npm run build`); makes one if missing. PostgreSQL
 * runs on a throwaway server (scripts/postgres.mjs), one engine per child process
 * (the engine is chosen once per process).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { Pool } from "pg";
import type BetterSqlite3 from "better-sqlite3";
import type { ChorusDb } from "../db/client";
import { rowsPerEngine } from "./engines";

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number) => Number(argValue(name) ?? fallback);
const PROFILES = arg("profiles", 100_000);
const FOLLOWS = arg("follows", 2_000_000);
const ACTIVITIES = arg("activities", 5_000_000);
const RUNS = arg("runs", 200);
const PORT = arg("port", 3401);
const ENGINE = argValue("engine") ?? "both";
const VIEWER_SIZES = [10, 100, 1_000, 5_000];
const YEAR = 365 * 86_400_000;

type Row = { engine: string; following: number; page: string; sqlP50: number; sqlP95: number; sqlP99: number; httpP50?: number; httpP95?: number; httpP99?: number };

const pid = (i: number) => `p${i.toString(36).padStart(8, "0")}`;
const uid = (i: number) => `u${i.toString(36).padStart(8, "0")}`;

/** Where generated rows go: each engine loads them its own fastest way. */
type Sink = {
  profile(i: number, creator: boolean, created: number): Promise<void>;
  follow(follower: string, followee: string, created: number): Promise<void>;
  activity(id: string, actor: string, target: string, created: number): Promise<void>;
  flush(): Promise<void>;
};

/** The world, row by row, identical on every run (fixed seed). */
async function generate(sink: Sink, now: number) {
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const creators = Math.max(100, Math.floor(PROFILES * 0.2));
  for (let i = 0; i < PROFILES; i++) await sink.profile(i, i < creators, now - Math.floor(rand() * YEAR * 3));
  // Viewers: the last profiles, following exactly 10, 100, 1,000 and 5,000 creators.
  const seen = new Set<number>();
  const follow = async (follower: number, followee: number, created: number) => {
    const key = follower * creators + followee;
    if (follower === followee || seen.has(key)) return;
    seen.add(key);
    await sink.follow(pid(follower), pid(followee), created);
  };
  for (let k = 0; k < VIEWER_SIZES.length; k++) {
    const n = Math.min(VIEWER_SIZES[k], creators);
    for (let j = 0; j < n; j++) await follow(PROFILES - 1 - k, Math.floor((j * creators) / n), now - 1000);
  }
  while (seen.size < FOLLOWS) {
    // Skew: a few creators hold most followers (cubed uniform draw).
    await follow(Math.floor(rand() * (PROFILES - VIEWER_SIZES.length)), Math.floor(Math.pow(rand(), 3) * creators), now - Math.floor(rand() * YEAR));
  }
  for (let i = 0; i < ACTIVITIES; i++) {
    // Prolific creators post more (squared draw); times spread over the last year.
    const actor = Math.floor(Math.pow(rand(), 2) * creators);
    await sink.activity(`a${i.toString(36).padStart(9, "0")}`, pid(actor), pid(Math.floor(rand() * creators)), now - Math.floor(rand() * YEAR));
  }
  await sink.flush();
}

function sqliteSink(sqlite: BetterSqlite3.Database): Sink {
  const u = sqlite.prepare("INSERT INTO users (id, email, name, created_at) VALUES (?, ?, ?, ?)");
  const p = sqlite.prepare("INSERT INTO profiles (id, owner_id, kind, handle, name, bio, links, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '[]', ?, ?)");
  const f = sqlite.prepare("INSERT INTO follows (follower_id, followee_id, source, notify_level, created_at) VALUES (?, ?, 'app', 'all', ?)");
  const a = sqlite.prepare("INSERT INTO activities (id, actor_id, verb, object_type, object_id, group_key, highlight, created_at) VALUES (?, ?, 'followed', 'profile', ?, ?, 0, ?)");
  let pending = 0;
  sqlite.exec("BEGIN");
  const tick = async () => {
    if (++pending % 50_000 === 0) sqlite.exec("COMMIT; BEGIN");
  };
  return {
    async profile(i, creator, created) {
      u.run(uid(i), `bench${i}@bench.test`, `User ${i}`, created);
      p.run(pid(i), uid(i), creator ? "artist" : "listener", `bench_${i}`, creator ? `Artist ${i}` : `Listener ${i}`, created, created);
      await tick();
    },
    async follow(follower, followee, created) {
      f.run(follower, followee, created);
      await tick();
    },
    async activity(id, actor, target, created) {
      a.run(id, actor, target, `followed:${target}`, created);
      await tick();
    },
    async flush() {
      sqlite.exec("COMMIT");
    },
  };
}

/** PostgreSQL: batches of 20,000 rows sent as arrays and unnested server-side. */
function postgresSink(pool: Pool): Sink {
  const BATCH = 20_000;
  const buffers = { users: [[], [], [], []] as unknown[][], profiles: [[], [], [], [], [], []] as unknown[][], follows: [[], [], []] as unknown[][], activities: [[], [], [], []] as unknown[][] };
  const statements: Record<keyof typeof buffers, string> = {
    users: "INSERT INTO users (id, email, name, created_at) SELECT id, email, name, to_timestamp(t / 1000.0) FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[]) AS x(id, email, name, t)",
    profiles: "INSERT INTO profiles (id, owner_id, kind, handle, name, bio, links, created_at, updated_at) SELECT id, owner, kind, handle, name, '', '[]'::jsonb, to_timestamp(t / 1000.0), to_timestamp(t / 1000.0) FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[]) AS x(id, owner, kind, handle, name, t)",
    follows: "INSERT INTO follows (follower_id, followee_id, source, notify_level, created_at) SELECT f, e, 'app', 'all', to_timestamp(t / 1000.0) FROM unnest($1::text[], $2::text[], $3::float8[]) AS x(f, e, t)",
    activities: "INSERT INTO activities (id, actor_id, verb, object_type, object_id, group_key, highlight, created_at) SELECT id, actor, 'followed', 'profile', target, 'followed:' || target, false, to_timestamp(t / 1000.0) FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[]) AS x(id, actor, target, t)",
  };
  const send = async (table: keyof typeof buffers) => {
    const cols = buffers[table];
    if (!cols[0].length) return;
    await pool.query(statements[table], cols);
    buffers[table] = cols.map(() => []);
  };
  const push = async (table: keyof typeof buffers, values: unknown[]) => {
    values.forEach((v, i) => buffers[table][i].push(v));
    if (buffers[table][0].length >= BATCH) await send(table);
  };
  return {
    async profile(i, creator, created) {
      await push("users", [uid(i), `bench${i}@bench.test`, `User ${i}`, created]);
      await push("profiles", [pid(i), uid(i), creator ? "artist" : "listener", `bench_${i}`, creator ? `Artist ${i}` : `Listener ${i}`, created]);
    },
    async follow(follower, followee, created) {
      await send("users");
      await send("profiles");
      await push("follows", [follower, followee, created]);
    },
    async activity(id, actor, target, created) {
      await send("follows");
      await push("activities", [id, actor, target, created]);
    },
    async flush() {
      for (const table of Object.keys(buffers) as (keyof typeof buffers)[]) await send(table);
    },
  };
}

function timedAsync<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  return fn().finally(() => console.log(`  [${ENGINE}] ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`));
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n: number) => Number(n.toFixed(2));

/** One engine, in this process: load, measure SQL, then HTTP against the production build. Prints its rows as JSON. */
async function runEngine(engine: "sqlite" | "postgres") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-feed-"));
  const dbPath = path.join(dir, "feed.db");
  const serverEnv: Record<string, string> = { DATABASE_PATH: dbPath };
  let stopPostgres = () => {};
  if (engine === "postgres") {
    const { startPostgres } = await import("../scripts/postgres.mjs");
    // A bench-sized cache; durability is off on this throwaway server (fsync), as on the SQLite side (synchronous=OFF while loading).
    const pg = await startPostgres({ options: "-c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=4GB" });
    stopPostgres = pg.stop;
    process.env.DATABASE_URL = pg.url;
    serverEnv.DATABASE_URL = pg.url;
  } else delete process.env.DATABASE_URL;
  // Imported after DATABASE_URL is settled: the engine (and its tables) are chosen at import.
  const { openDatabase } = await import("../db/client");
  const { runMigrations } = await import("../db/migrate");
  const { readFeedPage } = await import("../lib/feed/feed");
  const db: ChorusDb = engine === "postgres" ? openDatabase() : openDatabase(dbPath);
  try {
    await runMigrations(db);
    const now = Date.now();
    console.log(`[${engine}] generating ${PROFILES.toLocaleString()} profiles, ${FOLLOWS.toLocaleString()} follows, ${ACTIVITIES.toLocaleString()} activities`);
    // Bulk load: the feed tables' secondary indexes are rebuilt after the load.
    if (engine === "sqlite") {
      const sqlite = db.$client as BetterSqlite3.Database;
      const indexSql = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('follows', 'activities') AND sql IS NOT NULL").all() as { sql: string }[];
      for (const { sql } of indexSql) sqlite.exec(`DROP INDEX ${/INDEX `?([a-z_]+)`?/i.exec(sql)![1]}`);
      sqlite.exec("DROP TRIGGER profiles_fts_ai");
      sqlite.pragma("synchronous = OFF");
      await timedAsync("load", () => generate(sqliteSink(sqlite), now));
      await timedAsync("indexes", async () => {
        for (const { sql } of indexSql) sqlite.exec(sql);
        sqlite.exec("UPDATE profiles SET follower_count = (SELECT count(*) FROM follows WHERE followee_id = profiles.id)");
        sqlite.exec("ANALYZE");
      });
      sqlite.pragma("synchronous = NORMAL");
    } else {
      // On PostgreSQL $client is the pool (ChorusDb types it as SQLite's, the default).
      const pool = db.$client as unknown as Pool;
      const { rows: indexes } = await pool.query<{ name: string; def: string }>("SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename IN ('follows', 'activities') AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_pk'");
      for (const { name } of indexes) await pool.query(`DROP INDEX "${name}"`);
      await timedAsync("load", () => generate(postgresSink(pool), now));
      await timedAsync("indexes", async () => {
        for (const { def } of indexes) await pool.query(def);
        await pool.query("UPDATE profiles SET follower_count = c.n FROM (SELECT followee_id, count(*)::int AS n FROM follows GROUP BY followee_id) c WHERE c.followee_id = profiles.id");
        await pool.query("VACUUM ANALYZE");
      });
    }

    const viewers = VIEWER_SIZES.map((n, k) => ({ n, id: pid(PROFILES - 1 - k), userId: uid(PROFILES - 1 - k) }));
    // Deep page: the cursor after 10 pages of 20.
    const deepCursor = new Map<string, string | null>();
    for (const v of viewers) {
      let cursor: string | null = null;
      for (let k = 0; k < 10; k++) cursor = (await readFeedPage(db, v.id, cursor, 20)).nextCursor ?? cursor;
      deepCursor.set(v.id, cursor);
    }
    const results: Row[] = [];
    for (const v of viewers) {
      for (const page of ["first", "deep (page 11)"]) {
        const cursor = page === "first" ? null : deepCursor.get(v.id)!;
        for (let w = 0; w < 10; w++) await readFeedPage(db, v.id, cursor, 20);
        const times: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const t = process.hrtime.bigint();
          await readFeedPage(db, v.id, cursor, 20);
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
        results.push({ engine, following: v.n, page, sqlP50: ms(pct(times, 50)), sqlP95: ms(pct(times, 95)), sqlP99: ms(pct(times, 99)) });
      }
    }
    db.close();

    if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    const secret = randomBytes(32).toString("base64url");
    const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, ...serverEnv, PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" }, stdio: "ignore" });
    try {
      const base = `http://localhost:${PORT}`;
      for (let i = 0; i < 120; i++) {
        if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
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
          Object.assign(row, { httpP50: ms(pct(times, 50)), httpP95: ms(pct(times, 95)), httpP99: ms(pct(times, 99)) });
        }
      }
    } finally {
      server.kill();
    }
    const out = argValue("json");
    if (out) fs.writeFileSync(out, JSON.stringify(results));
    else console.table(results);
  } finally {
    stopPostgres();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (ENGINE === "sqlite" || ENGINE === "postgres") {
    if (!argValue("json")) console.log(`Feed latency in ms (${RUNS} runs each, page size 20)`);
    return runEngine(ENGINE);
  }
  if (ENGINE !== "both") throw new Error(`--engine must be sqlite, postgres or both (got ${ENGINE})`);
  const rows = rowsPerEngine<Row>("bench/feed.ts");
  console.log(`\nFeed latency in ms, side by side (${RUNS} runs each, page size 20; fan-out on read over (actor_id, created_at) with widening time windows)`);
  const side = VIEWER_SIZES.flatMap((n) =>
    ["first", "deep (page 11)"].map((page) => {
      const s = rows.find((r) => r.engine === "sqlite" && r.following === n && r.page === page)!;
      const p = rows.find((r) => r.engine === "postgres" && r.following === n && r.page === page)!;
      return { following: n, page, "sqlite sql p95": s.sqlP95, "pg sql p95": p.sqlP95, "sqlite http p50": s.httpP50, "pg http p50": p.httpP50, "sqlite http p95": s.httpP95, "pg http p95": p.httpP95, "sqlite http p99": s.httpP99, "pg http p99": p.httpP99 };
    }),
  );
  console.table(side);
  for (const engine of ["sqlite", "postgres"]) {
    const target = rows.find((r) => r.engine === engine && r.following === 1_000 && r.page === "first");
    console.log(`target (${engine}): HTTP p95 < 30 ms at 1,000 follows → ${target?.httpP95} ms ${target && target.httpP95! < 30 ? "(met)" : "(NOT met)"}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
