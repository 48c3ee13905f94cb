/**
 * Big playlist benchmark: a public playlist of 1,000 tracks (the most a
 * playlist holds) by 50 artists, then HTTP p50/p95 of its page, warm, as a
 * signed-out visitor and as its owner (the drag-and-drop editor), with the
 * HTML size and how many tracks the first screen carries (the rest come a
 * page at a time, never all at once).
 *
 * usage: npm run bench:playlist -- [--runs 100] [--port 3490]
 * Target: first screen under 100 ms (HTTP, warm). Needs a production build; makes one if missing.
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
const RUNS = Number(argValue("runs") ?? 100);
const PORT = Number(argValue("port") ?? 3490);
const TRACKS = 1000;
const DAY = 86_400_000;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(14 - prefix.length, "0")}`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-playlist-"));
  const dbPath = path.join(dir, "chorus.db");
  delete process.env.DATABASE_URL;
  process.env.DATABASE_PATH = dbPath;
  const { openDatabase } = await import("../db/client");
  const { runMigrations } = await import("../db/migrate");
  const db = openDatabase(dbPath);
  try {
    await runMigrations(db);
    const sqlite = db.$client as BetterSqlite3.Database;
    const now = Date.now();
    const run = (sql: string, ...args: unknown[]) => sqlite.prepare(sql).run(...args);
    sqlite.transaction(() => {
      run("INSERT INTO users (id, email, name, created_at) VALUES ('owner000000000', 'owner@bench.test', 'Owner', ?)", now);
      run("INSERT INTO profiles (id, owner_id, kind, handle, name, links, created_at, updated_at) VALUES ('ownerprofile00', 'owner000000000', 'listener', 'bench_owner', 'Owner', '[]', ?, ?)", now, now);
      run("INSERT INTO media_files (id, kind, mime, bytes, path, created_at) VALUES ('media000000000', 'audio', 'audio/wav', 1, 'x.wav', ?)", now);
      for (let a = 0; a < 50; a++) {
        run("INSERT INTO profiles (id, owner_id, kind, handle, name, links, created_at, updated_at) VALUES (?, 'owner000000000', 'artist', ?, ?, '[]', ?, ?)", id("artist", a), `bench_artist_${a}`, `Artist ${a + 1}`, now, now);
        run("INSERT INTO releases (id, profile_id, title, kind, release_at, status, created_at) VALUES (?, ?, ?, 'album', ?, 'published', ?)", id("release", a), id("artist", a), `Album ${a + 1}`, now - 300 * DAY, now);
      }
      run("INSERT INTO playlists (id, profile_id, title, description, is_public, created_at, updated_at) VALUES ('playlist000000', 'ownerprofile00', 'Everything', '', 1, ?, ?)", now, now);
      for (let t = 0; t < TRACKS; t++) {
        run("INSERT INTO tracks (id, profile_id, release_id, position, title, audio_id, duration_ms, status, published_at, created_at) VALUES (?, ?, ?, ?, ?, 'media000000000', 200000, 'published', ?, ?)", id("track", t), id("artist", t % 50), id("release", t % 50), t, `Song number ${t + 1}`, now - 300 * DAY, now);
        run("INSERT INTO playlist_tracks (playlist_id, track_id, position, created_at) VALUES ('playlist000000', ?, ?, ?)", id("track", t), t + 1, now);
      }
    })();
    sqlite.exec("ANALYZE");
  } finally {
    db.close();
  }
  if (!fs.existsSync(".next/BUILD_ID")) spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const secret = randomBytes(32).toString("base64url");
  const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, DATABASE_PATH: dbPath, UPLOADS_DIR: path.join(dir, "uploads"), PORT: String(PORT), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", AUDIO_WORKER: "0" }, stdio: "ignore" });
  try {
    const base = `http://localhost:${PORT}`;
    for (let i = 0; i < 240; i++) {
      if (await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const owner = `authjs.session-token=${await encode({ token: { sub: "owner000000000" }, secret, salt: "authjs.session-token" })}`;
    const table: Record<string, string | number>[] = [];
    for (const [who, cookie, url] of [
      ["visitor, first page", "", "/playlist/playlist000000"],
      ["visitor, page 10 (tracks 901-1,000)", "", "/playlist/playlist000000?page=10"],
      ["owner (editor), first page", owner, "/playlist/playlist000000"],
    ]) {
      for (let w = 0; w < 10; w++) await fetch(base + url, { headers: { cookie }, redirect: "manual" }).then((r) => r.arrayBuffer());
      const times: number[] = [];
      let html = "";
      for (let r = 0; r < RUNS; r++) {
        const start = process.hrtime.bigint();
        const res = await fetch(base + url, { headers: { cookie }, redirect: "manual" });
        html = await res.text();
        if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${url}`);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      const rows = (html.match(/href="\/track\/track/g) ?? []).length;
      table.push({ request: who, "p50 ms": Math.round(pct(times, 50) * 10) / 10, "p95 ms": Math.round(pct(times, 95) * 10) / 10, "HTML KB": Math.round(html.length / 1024), "track links in HTML": rows });
    }
    console.log(`A public playlist of ${TRACKS.toLocaleString()} tracks by 50 artists (SQLite, warm, ${RUNS} runs each); target: first screen < 100 ms`);
    console.table(table);
  } finally {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
