import { and, desc, eq, gte, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, follows, playlistFollows, playlists, remoteFollows, remotePosts } from "@/db/schema";
import { decodeCursor, pageOf } from "@/lib/pagination";
import type { RawActivity } from "./group";
import { countAll, sqlTime } from "@/db/sql";

/**
 * Fan-out on read. The viewer's follows are joined to activities through the
 * (actor_id, created_at) index. Notify levels are about notifications only:
 * a profile set to Off still shows its posts here (hiding them is muting).
 * Keyset cursor on (created_at, id): stable while new activity arrives.
 * Strategy: fan-out on read over the index, bounded by widening time windows,
 * so a page touches only recent rows of each followed profile (see bench/feed.ts).
 */
/** Not from a profile the viewer muted (hidden from them without unfollowing; the muted profile is not told). */
const notMuted = (viewerId: string) => sql`NOT EXISTS (SELECT 1 FROM mutes m WHERE m.muter_id = ${viewerId} AND m.muted_id = ${activities.actorId})`;

/** A private listener's activity reaches only the followers it approved. */
const reachesViewer = (viewerId: string) =>
  sql`NOT EXISTS (SELECT 1 FROM profiles pp WHERE pp.id = ${activities.actorId} AND pp.is_private = true AND NOT EXISTS (SELECT 1 FROM follower_approvals fa WHERE fa.profile_id = pp.id AND fa.follower_id = ${viewerId}))`;

/** "X followed Y" is not shown when either of them keeps their follows private. */
const followsShown = sql`NOT (${activities.verb} = 'followed' AND EXISTS (SELECT 1 FROM profiles hp WHERE hp.id IN (${activities.actorId}, ${activities.objectId}) AND hp.hide_follows = true))`;

/** Follows of the viewer, and only live, already-published activity. */
const visibleTo = (viewerId: string, now: Date) =>
  and(
    eq(follows.followerId, viewerId),
    isNull(activities.deletedAt),
    lte(activities.createdAt, now),
    notMuted(viewerId),
    reachesViewer(viewerId),
    followsShown,
  );

const DAY = 86_400_000;
/** Look-back windows tried in turn: busy feeds fill a page from the last day, so the sort stays small. */
const WINDOWS = [DAY, 7 * DAY, 30 * DAY, 365 * DAY, Number.POSITIVE_INFINITY];

const columns = { id: activities.id, actorId: activities.actorId, verb: activities.verb, objectType: activities.objectType, objectId: activities.objectId, groupKey: activities.groupKey, createdAt: activities.createdAt };

/** A remote post in the same shape: its own group, "remote" as the object type. */
const remoteColumns = { id: remotePosts.id, actorId: remotePosts.actorId, verb: sql<string>`'remote_post'`, objectType: sql<string>`'remote'`, objectId: remotePosts.id, groupKey: sql<string | null>`NULL`, createdAt: remotePosts.publishedAt };

/** Changes to public playlists the viewer follows (by anyone who adds to them). */
const followedPlaylistUpdates = (viewerId: string, now: Date) =>
  and(eq(playlistFollows.profileId, viewerId), eq(activities.objectType, "playlist"), eq(playlists.isPublic, true), isNull(activities.deletedAt), lte(activities.createdAt, now), notMuted(viewerId), reachesViewer(viewerId));

const newestFirst = (a: RawActivity, b: RawActivity) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export async function readFeedPage(database: ChorusDb, viewerId: string, cursorRaw: string | null, limit = 20, now = new Date()): Promise<{ rows: RawActivity[]; nextCursor: string | null }> {
  const cursor = decodeCursor(cursorRaw);
  const upper = cursor ? Math.min(cursor.t, now.getTime()) : now.getTime();
  let rows: RawActivity[] = [];
  for (const window of WINDOWS) {
    const lower = Number.isFinite(window) ? new Date(upper - window) : null;
    const page = and(
      lower ? gte(activities.createdAt, lower) : undefined,
      cursor ? or(lt(activities.createdAt, new Date(cursor.t)), and(eq(activities.createdAt, new Date(cursor.t)), lt(activities.id, cursor.id))) : undefined,
    );
    const remotePage = and(
      lower ? gte(remotePosts.publishedAt, lower) : undefined,
      cursor ? or(lt(remotePosts.publishedAt, new Date(cursor.t)), and(eq(remotePosts.publishedAt, new Date(cursor.t)), lt(remotePosts.id, cursor.id))) : undefined,
    );
    const [fromPeople, fromPlaylists, fromElsewhere] = await Promise.all([
      database.select(columns).from(follows).innerJoin(activities, eq(activities.actorId, follows.followeeId)).where(and(visibleTo(viewerId, now), page)).orderBy(desc(activities.createdAt), desc(activities.id)).limit(limit + 1),
      database
        .select(columns)
        .from(playlistFollows)
        .innerJoin(activities, eq(activities.objectId, playlistFollows.playlistId))
        .innerJoin(playlists, eq(playlists.id, playlistFollows.playlistId))
        .where(and(followedPlaylistUpdates(viewerId, now), page))
        .orderBy(desc(activities.createdAt), desc(activities.id))
        .limit(limit + 1),
      // Posts of people followed on other servers (federated cards).
      database
        .select(remoteColumns)
        .from(remoteFollows)
        .innerJoin(remotePosts, eq(remotePosts.actorId, remoteFollows.actorId))
        .where(and(eq(remoteFollows.profileId, viewerId), eq(remoteFollows.state, "accepted"), isNull(remotePosts.deletedAt), lte(remotePosts.publishedAt, now), remotePage))
        .orderBy(desc(remotePosts.publishedAt), desc(remotePosts.id))
        .limit(limit + 1),
    ]);
    // Both sorted the same way: merged, with an update from someone followed who also changed a followed playlist once.
    const seen = new Set<string>();
    rows = [...fromPeople, ...fromPlaylists, ...fromElsewhere].sort(newestFirst).filter((r) => !seen.has(r.id) && !!seen.add(r.id)).slice(0, limit + 1);
    if (rows.length > limit) break;
  }
  const page = pageOf(rows, limit, (r) => ({ t: r.createdAt.getTime(), id: r.id }));
  return { rows: page.items, nextCursor: page.nextCursor };
}

/** How many feed activities arrived after `since` (for the "N new updates" pill). */
export async function countFeedSince(database: ChorusDb, viewerId: string, since: Date, now = new Date()): Promise<number> {
  const row = (await database
    .select({ n: countAll() })
    .from(follows)
    .innerJoin(activities, eq(activities.actorId, follows.followeeId))
    .where(
      and(visibleTo(viewerId, now), sql`${activities.createdAt} > ${sqlTime(since)}`),
    ).limit(1))[0];
  const playlistRow = (await database
    .select({ n: countAll() })
    .from(playlistFollows)
    .innerJoin(activities, eq(activities.objectId, playlistFollows.playlistId))
    .innerJoin(playlists, eq(playlists.id, playlistFollows.playlistId))
    .where(and(followedPlaylistUpdates(viewerId, now), sql`${activities.createdAt} > ${sqlTime(since)}`))
    .limit(1))[0];
  return (row?.n ?? 0) + (playlistRow?.n ?? 0);
}
