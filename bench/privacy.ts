/**
 * Privacy cost benchmark: what the stream's privacy rules (muted profiles, private
 * listeners' approved followers, hidden "X followed Y") add to a home feed page.
 * One SQLite world, then p50/p95 of the first page for viewers following 100 and
 * 1,000 profiles, with the rules (lib/feed/feed.ts as shipped) beside the same
 * query without them, in one run.
 *
 * usage: npm run bench:privacy -- [--profiles 20000] [--activities 400000] [--runs 200]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { and, desc, eq, gte, isNull, lte } from "drizzle-orm";

const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const PROFILES = Number(argValue("profiles") ?? 20_000);
const ACTIVITIES = Number(argValue("activities") ?? 400_000);
const RUNS = Number(argValue("runs") ?? 200);
const DAY = 86_400_000;
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const pid = (i: number) => `p${i.toString(36).padStart(13, "0")}`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-bench-privacy-"));
  const dbPath = path.join(dir, "chorus.db");
  delete process.env.DATABASE_URL;
  process.env.DATABASE_PATH = dbPath;
  const { openDatabase } = await import("../db/client");
  const { runMigrations } = await import("../db/migrate");
  const { readFeedPage } = await import("../lib/feed/feed");
  const { activities, follows, playlistFollows, playlists } = await import("../db/schema");
  const db = openDatabase(dbPath);
  try {
    await runMigrations(db);
    const sqlite = db.$client as BetterSqlite3.Database;
    const now = Date.now();
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const load = sqlite.transaction(() => {
      const user = sqlite.prepare("INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)");
      const profile = sqlite.prepare("INSERT INTO profiles (id, owner_id, kind, handle, name, created_at, updated_at, is_private, hide_follows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (let i = 0; i < PROFILES; i++) {
        user.run(`u${i}`, `u${i}@x.test`, now);
        // One listener in ten is private, one in ten hides their follows.
        const listener = i % 3 === 0;
        profile.run(pid(i), `u${i}`, listener ? "listener" : "artist", `h${i}`, `P ${i}`, now, now, listener && i % 10 === 0 ? 1 : 0, listener && i % 10 === 3 ? 1 : 0);
      }
      const activity = sqlite.prepare("INSERT INTO activities (id, actor_id, verb, object_type, object_id, group_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (let i = 0; i < ACTIVITIES; i++) {
        const actor = Math.floor(rand() * PROFILES);
        const followed = i % 4 === 0;
        activity.run(`a${i.toString(36).padStart(13, "0")}`, pid(actor), followed ? "followed" : "track_shared", followed ? "profile" : "track", followed ? pid(Math.floor(rand() * PROFILES)) : `t${i}`, `g${i}`, now - Math.floor(rand() * 60 * DAY));
      }
      const follow = sqlite.prepare("INSERT OR IGNORE INTO follows (follower_id, followee_id, source, notify_level, created_at) VALUES (?, ?, 'app', 'all', ?)");
      const mute = sqlite.prepare("INSERT OR IGNORE INTO mutes (muter_id, muted_id, created_at) VALUES (?, ?, ?)");
      const approve = sqlite.prepare("INSERT OR IGNORE INTO follower_approvals (profile_id, follower_id, created_at) VALUES (?, ?, ?)");
      for (const [viewer, count] of [[PROFILES - 1, 100], [PROFILES - 2, 1000]] as const) {
        for (let k = 0; k < count; k++) {
          const followee = Math.floor(rand() * (PROFILES - 2));
          follow.run(pid(viewer), pid(followee), now);
          if (k % 20 === 0) mute.run(pid(viewer), pid(followee), now);
          if (k % 2 === 0) approve.run(pid(followee), pid(viewer), now);
        }
      }
    });
    load();
    sqlite.exec("ANALYZE");

    // The stream's query before the privacy rules: the viewer's follows joined to live activity, newest first.
    const withoutRules = async (viewerId: string) => {
      const at = new Date();
      for (const window of [DAY, 7 * DAY, 30 * DAY, 365 * DAY]) {
        const since = gte(activities.createdAt, new Date(at.getTime() - window));
        // Both sources, as the stream reads them: people followed and playlists followed.
        const [rows] = await Promise.all([
          db
            .select({ id: activities.id })
            .from(follows)
            .innerJoin(activities, eq(activities.actorId, follows.followeeId))
            .where(and(eq(follows.followerId, viewerId), isNull(activities.deletedAt), lte(activities.createdAt, at), since))
            .orderBy(desc(activities.createdAt), desc(activities.id))
            .limit(21),
          db
            .select({ id: activities.id })
            .from(playlistFollows)
            .innerJoin(activities, eq(activities.objectId, playlistFollows.playlistId))
            .innerJoin(playlists, eq(playlists.id, playlistFollows.playlistId))
            .where(and(eq(playlistFollows.profileId, viewerId), eq(activities.objectType, "playlist"), eq(playlists.isPublic, true), isNull(activities.deletedAt), lte(activities.createdAt, at), since))
            .orderBy(desc(activities.createdAt), desc(activities.id))
            .limit(21),
        ]);
        if (rows.length > 20) return rows;
      }
      return [];
    };
    const time = async (run: () => Promise<unknown>) => {
      for (let i = 0; i < 10; i++) await run();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await run();
        ms.push(performance.now() - started);
      }
      return `p50 ${pct(ms, 50).toFixed(2)} ms, p95 ${pct(ms, 95).toFixed(2)} ms`;
    };
    console.log(`privacy bench: ${PROFILES.toLocaleString("en")} profiles, ${ACTIVITIES.toLocaleString("en")} activities (SQLite), first page of 20, ${RUNS} runs each`);
    for (const [viewer, count] of [[PROFILES - 1, 100], [PROFILES - 2, 1000]] as const) {
      const without = await time(() => withoutRules(pid(viewer)));
      const withRules = await time(() => readFeedPage(db, pid(viewer), null));
      console.log(`following ${String(count).padStart(5)}: without the rules ${without} | with them ${withRules}`);
    }
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
