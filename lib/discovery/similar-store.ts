/**
 * Keeps Discover's creator neighbours (creator_neighbours) fresh: the worker
 * recomputes them from follows and likes once they are older than REFRESH_MS,
 * and a page reads only the rows of the creators the viewer follows or likes.
 *
 * Follows of people who keep their follows private (or whose profile is
 * private) are left out, like everywhere else Discover looks at follows.
 * Several instances may refresh at once: rows are upserted with the refresh
 * time and older rows deleted afterwards, so the result is the same.
 */
import { and, eq, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { creatorNeighbours, follows, profiles, releases, trackLikes, tracks } from "@/db/schema";
import { sqlTime } from "@/db/sql";
import { trackIsPublic } from "@/lib/music/visibility";
import { NEIGHBOURS, similarCreators, type Similar } from "./similar";

export const REFRESH_MS = 60 * 60_000;
const BATCH = 500;

export async function neighboursRefreshedAt(database: ChorusDb): Promise<Date | null> {
  const [row] = await database.select({ at: sql<number | string | Date | null>`max(${creatorNeighbours.refreshedAt})` }).from(creatorNeighbours);
  return row?.at == null ? null : new Date(row.at);
}

/** Recomputes every creator's neighbours; returns how many pairs were stored. */
export async function refreshCreatorNeighbours(database: ChorusDb, now = new Date()): Promise<number> {
  // Banned and suspended accounts' follows and likes shape nobody's Discover.
  const visible = and(
    eq(profiles.hideFollows, false),
    eq(profiles.isPrivate, false),
    isNull(profiles.deletedAt),
    sql`NOT EXISTS (SELECT 1 FROM users u WHERE u.id = ${profiles.ownerId} AND (u.banned_at IS NOT NULL OR u.suspended_until > ${sqlTime(now)}))`,
  );
  const creators = new Set((await database.select({ id: profiles.id }).from(profiles).where(and(ne(profiles.kind, "listener"), isNull(profiles.deletedAt)))).map((r) => r.id));
  const sets = new Map<string, Set<string>>();
  const add = (who: string, creator: string) => {
    if (creators.has(creator) && who !== creator) sets.set(who, (sets.get(who) ?? new Set()).add(creator));
  };
  for (const r of await database.select({ who: follows.followerId, creator: follows.followeeId }).from(follows).innerJoin(profiles, eq(profiles.id, follows.followerId)).where(visible)) add(r.who, r.creator);
  // Likes of tracks the public can hear (not drafts, hidden or scheduled ones).
  for (const r of await database
    .selectDistinct({ who: trackLikes.profileId, creator: tracks.profileId })
    .from(trackLikes)
    .innerJoin(tracks, eq(tracks.id, trackLikes.trackId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .innerJoin(profiles, eq(profiles.id, trackLikes.profileId))
    .where(and(visible, trackIsPublic(now)))) add(r.who, r.creator);
  const similar = similarCreators(sets.values(), NEIGHBOURS);
  const rows = [...similar].flatMap(([creatorId, row]) => [...row].map(([neighbourId, score]) => ({ creatorId, neighbourId, score, refreshedAt: now })));
  for (let i = 0; i < rows.length; i += BATCH) {
    await database
      .insert(creatorNeighbours)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({ target: [creatorNeighbours.creatorId, creatorNeighbours.neighbourId], set: { score: sql`excluded.score`, refreshedAt: now } });
  }
  await database.delete(creatorNeighbours).where(lt(creatorNeighbours.refreshedAt, now));
  return rows.length;
}

/** Refreshes when the stored neighbours are older than REFRESH_MS (or there are none). */
export async function refreshNeighboursIfStale(database: ChorusDb, now = new Date()): Promise<number | null> {
  const at = await neighboursRefreshedAt(database);
  if (at && now.getTime() - at.getTime() < REFRESH_MS) return null;
  return refreshCreatorNeighbours(database, now);
}

/** The stored neighbours of some creators (what the viewer follows and likes). */
export async function loadSimilar(database: ChorusDb, ids: string[]): Promise<Similar> {
  const out: Similar = new Map();
  if (!ids.length) return out;
  for (const r of await database.select().from(creatorNeighbours).where(inArray(creatorNeighbours.creatorId, ids))) {
    out.set(r.creatorId, (out.get(r.creatorId) ?? new Map()).set(r.neighbourId, r.score));
  }
  return out;
}
