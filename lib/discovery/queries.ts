import "server-only";
import { and, desc, eq, gte, inArray, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { follows, impressions, profileGenres, profiles, releases, trackLikes, tracks, videos } from "@/db/schema";
import { getTracksByIds, trackIsPublic, type TrackCard } from "@/lib/music/queries";
import { toProfileCard, type ProfileCard } from "@/lib/profiles/dto";
import { getVideosByIds, type VideoCard } from "@/lib/videos/queries";
import { assemblePage, rankCandidates, type Creator, type Feedback, type Item, type Neighbours, type Viewer, type Why } from "./rank";
import { countAll, sqlTime } from "@/db/sql";
import { scoreFromSimilar } from "./similar";
import { loadSimilar } from "./similar-store";
import { genresOf } from "./taste";

export type DiscoverItem = { key: string; reason: string; why: Why; source: string; creator: ProfileCard; following: boolean } & ({ type: "video"; video: VideoCard } | { type: "track"; track: TrackCard });

const WEEK = 7 * 86_400_000;
const CANDIDATES = 400;
/** How many of the viewer's closest neighbour creators add their items to the candidates. */
const NEIGHBOUR_CREATORS = 100;
/** And how many creators of the genres a new listener picked. */
const GENRE_CREATORS = 40;

async function topCreatorsIn(genres: string[], limit: number): Promise<string[]> {
  return (await db
    .selectDistinct({ id: profiles.id, n: profiles.followerCount })
    .from(profileGenres)
    .innerJoin(profiles, eq(profiles.id, profileGenres.profileId))
    .where(and(inArray(profileGenres.genre, genres), ne(profiles.kind, "listener"), isNull(profiles.deletedAt)))
    .orderBy(desc(profiles.followerCount), profiles.id)
    .limit(limit)).map((r) => r.id);
}

async function loadViewer(profileId: string, city: string | null, now: Date): Promise<Viewer> {
  const followSet = new Set((await db.select({ id: follows.followeeId }).from(follows).where(eq(follows.followerId, profileId))).map((r) => r.id));
  const liked = new Map(
    (await db
      .select({ creator: tracks.profileId, n: countAll() })
      .from(trackLikes)
      .innerJoin(tracks, eq(tracks.id, trackLikes.trackId))
      .where(eq(trackLikes.profileId, profileId))
      .groupBy(tracks.profileId))
      .map((r) => [r.creator, r.n]),
  );
  const recent = await db.select().from(impressions).where(and(eq(impressions.viewerId, profileId), gte(impressions.shownAt, new Date(now.getTime() - 90 * 86_400_000))));
  const seen = new Set(recent.filter((i) => i.shownAt.getTime() > now.getTime() - WEEK).map((i) => `${i.itemType}:${i.itemId}`));
  const feedback = new Map<string, Feedback>();
  for (const i of recent) {
    const f = feedback.get(i.creatorId) ?? { shown: 0, skips: 0, watchedMs: 0, likes: 0, follows: 0 };
    f.shown += 1;
    f.skips += i.skipped ? 1 : 0;
    f.watchedMs += i.watchMs;
    f.likes += i.liked ? 1 : 0;
    f.follows += i.followed ? 1 : 0;
    feedback.set(i.creatorId, f);
  }
  return { follows: followSet, liked, city, seen, feedback, genres: await genresOf(db, profileId) };
}

/** Up to two names per creator of the people you follow who follow them, best known first. */
async function socialNamesFor(profileId: string, mine: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  if (!mine.length) return names;
  const rows = await db.all<{ c: string; name: string }>(sql`
    SELECT c, name FROM (
      SELECT f.followee_id AS c, p.name AS name, row_number() OVER (PARTITION BY f.followee_id ORDER BY p.follower_count DESC, p.id) AS rn
      FROM follows f JOIN profiles p ON p.id = f.follower_id
      WHERE f.follower_id IN (${sql.join(mine.map((m) => sql`${m}`), sql`, `)}) AND f.followee_id != ${profileId} AND p.hide_follows = false AND p.is_private = false
    ) ranked WHERE rn <= 2`);
  for (const r of rows) names.set(r.c, [...(names.get(r.c) ?? []), r.name]);
  return names;
}

/** Listeners who share the most follows (or liked creators) with the viewer, and what they follow; never someone who keeps their follows private. */
async function loadNeighbours(profileId: string, viewer: Viewer): Promise<Neighbours> {
  const mine = [...viewer.follows];
  const coFollowers = new Map<string, Set<string>>();
  const social = new Map<string, number>();
  if (mine.length) {
    const top = await db.all<{ id: string }>(sql`
      SELECT f.follower_id AS id FROM follows f JOIN profiles p ON p.id = f.follower_id
      WHERE f.followee_id IN (${sql.join(mine.map((m) => sql`${m}`), sql`, `)}) AND f.follower_id != ${profileId}
        AND p.hide_follows = false AND p.is_private = false AND p.deleted_at IS NULL
      GROUP BY f.follower_id ORDER BY count(*) DESC, f.follower_id LIMIT 300`);
    if (top.length) {
      for (const row of (await db.select({ u: follows.followerId, c: follows.followeeId }).from(follows).where(inArray(follows.followerId, top.map((t) => t.id))))) {
        coFollowers.set(row.u, (coFollowers.get(row.u) ?? new Set()).add(row.c));
      }
    }
    // Only follows their owners show: a hidden or private list does not leak through "followed by N you follow".
    for (const row of (await db
      .select({ c: follows.followeeId, n: countAll() })
      .from(follows)
      .innerJoin(profiles, eq(profiles.id, follows.followerId))
      .where(and(inArray(follows.followerId, mine), ne(follows.followeeId, profileId), eq(profiles.hideFollows, false), eq(profiles.isPrivate, false)))
      .groupBy(follows.followeeId))) social.set(row.c, row.n);
  }
  const coLikers = new Map<string, Set<string>>();
  const likedCreators = [...viewer.liked.keys()];
  if (likedCreators.length) {
    const rows = await db.all<{ u: string; c: string }>(sql`
      SELECT DISTINCT l.profile_id AS u, t.profile_id AS c FROM track_likes l JOIN tracks t ON t.id = l.track_id
      WHERE l.profile_id IN (
        SELECT l2.profile_id FROM track_likes l2 JOIN tracks t2 ON t2.id = l2.track_id JOIN profiles p ON p.id = l2.profile_id
        WHERE t2.profile_id IN (${sql.join(likedCreators.map((m) => sql`${m}`), sql`, `)}) AND l2.profile_id != ${profileId}
          AND p.hide_follows = false AND p.is_private = false AND p.deleted_at IS NULL
        LIMIT 300)`);
    for (const r of rows) coLikers.set(r.u, (coLikers.get(r.u) ?? new Set()).add(r.c));
  }
  const similar = await loadSimilar(db, [...new Set([...mine, ...likedCreators])]);
  return { coFollowers, coLikers, social, socialNames: await socialNamesFor(profileId, mine), similar };
}

/** Recent public videos and tracks, from everyone or (with `by`) from some creators. */
async function loadCandidates(now: Date, by?: string[]): Promise<Item[]> {
  if (by && !by.length) return [];
  const limit = by ? Math.min(CANDIDATES, by.length * 3) : CANDIDATES;
  const vids = await db
    .select({ id: videos.id, creatorId: videos.profileId, createdAt: videos.createdAt })
    .from(videos)
    .where(and(eq(videos.status, "published"), by ? inArray(videos.profileId, by) : undefined))
    .orderBy(desc(videos.createdAt))
    .limit(limit);
  const trks = await db
    .select({ id: tracks.id, creatorId: tracks.profileId, createdAt: tracks.publishedAt })
    .from(tracks)
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(and(trackIsPublic(now), by ? inArray(tracks.profileId, by) : undefined))
    .orderBy(desc(tracks.publishedAt))
    .limit(limit);
  return [...vids.map((v) => ({ key: `video:${v.id}`, type: "video" as const, id: v.id, creatorId: v.creatorId, createdAt: v.createdAt })), ...trks.map((t) => ({ key: `track:${t.id}`, type: "track" as const, id: t.id, creatorId: t.creatorId, createdAt: t.createdAt ?? now }))];
}

/**
 * Creators Discover may show: not of a banned or suspended account, and for a
 * viewer, none they blocked or muted and none that blocked them.
 */
function showableTo(viewerId: string | null, now: Date) {
  return and(
    sql`NOT EXISTS (SELECT 1 FROM users u WHERE u.id = ${profiles.ownerId} AND (u.banned_at IS NOT NULL OR u.suspended_until > ${sqlTime(now)}))`,
    viewerId
      ? sql`NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.blocker_id = ${viewerId} AND b.blocked_id = ${profiles.id}) OR (b.blocker_id = ${profiles.id} AND b.blocked_id = ${viewerId}))
          AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.muter_id = ${viewerId} AND m.muted_id = ${profiles.id})`
      : undefined,
  );
}

/** The creators ranking needs: those of the candidates and those the viewer follows or liked (for reasons). */
async function loadCreators(ids: string[], viewerId: string | null, now: Date): Promise<Map<string, Creator>> {
  if (!ids.length) return new Map();
  const genres = new Map<string, string[]>();
  for (const g of (await db.select().from(profileGenres).where(inArray(profileGenres.profileId, ids)))) genres.set(g.profileId, [...(genres.get(g.profileId) ?? []), g.genre]);
  return new Map(
    (await db
      .select()
      .from(profiles)
      .where(and(inArray(profiles.id, ids), ne(profiles.kind, "listener"), isNull(profiles.deletedAt), showableTo(viewerId, now))))
      .map((p) => [p.id, { id: p.id, name: p.name, city: p.city, genres: genres.get(p.id) ?? [], followerCount: p.followerCount, createdAt: p.createdAt }]),
  );
}

/**
 * One page of /discover for a viewer (or signed out: a general feed). The
 * seed is the day, so a page is stable within a day and fresh the next.
 */
export async function getDiscoverPage(
  viewer: { profileId: string; city: string | null; personalizationOff?: boolean } | null,
  exclude: string[],
  size = 8,
  now = new Date(),
): Promise<DiscoverItem[]> {
  // Opted out of personalization: ranked as for everyone, from nothing this account did.
  const personal = viewer && !viewer.personalizationOff ? viewer : null;
  const v = personal ? (await loadViewer(personal.profileId, personal.city, now)) : null;
  const neighbours = personal && v ? (await loadNeighbours(personal.profileId, v)) : null;
  // Candidates: what is recent everywhere, and what the closest neighbours of your follows and likes made (even if older).
  const closest = neighbours?.similar && v ? [...scoreFromSimilar(neighbours.similar, new Map([...v.follows, ...v.liked.keys()].map((c) => [c, 1])), v.follows)].sort((a, b) => b[1].score - a[1].score).slice(0, NEIGHBOUR_CREATORS).map(([c]) => c) : [];
  const seenKeys = new Set<string>();
  // A new listener's genres: the most followed creators there, whatever their age.
  const fromGenres = v?.genres?.length ? await topCreatorsIn(v.genres, GENRE_CREATORS) : [];
  const items = [...(await loadCandidates(now)), ...(await loadCandidates(now, [...new Set([...closest, ...fromGenres])]))].filter((i) => !seenKeys.has(i.key) && !!seenKeys.add(i.key));
  const creators = await loadCreators([...new Set([...items.map((i) => i.creatorId), ...(v?.follows ?? []), ...(v?.liked.keys() ?? [])])], viewer?.profileId ?? null, now);
  const seed = Math.floor(now.getTime() / 86_400_000) + (personal ? [...personal.profileId].reduce((h, ch) => h + ch.charCodeAt(0), 0) : 0);
  const ranked = rankCandidates({ viewer: v, creators, items, neighbours, now, seed, exclude: new Set(exclude) });
  const page = assemblePage(ranked, size);
  const videoMap = await getVideosByIds(page.filter((p) => p.type === "video").map((p) => p.id));
  const trackMap = await getTracksByIds(page.filter((p) => p.type === "track").map((p) => p.id), now);
  const profileMap = new Map((await db.select().from(profiles).where(inArray(profiles.id, [...new Set(page.map((p) => p.creatorId)), ""]))).map((p) => [p.id, toProfileCard(p)]));
  const followed = v ? v.follows : viewer ? new Set((await db.select({ id: follows.followeeId }).from(follows).where(and(eq(follows.followerId, viewer.profileId), inArray(follows.followeeId, [...profileMap.keys(), ""])))).map((r) => r.id)) : new Set<string>();
  const out: DiscoverItem[] = [];
  for (const p of page) {
    const creator = profileMap.get(p.creatorId);
    if (!creator) continue;
    const common = { key: p.key, reason: p.reason, why: p.why, source: p.source, creator, following: followed.has(p.creatorId) };
    if (p.type === "video" && videoMap.has(p.id)) out.push({ ...common, type: "video", video: videoMap.get(p.id)! });
    if (p.type === "track" && trackMap.has(p.id)) out.push({ ...common, type: "track", track: trackMap.get(p.id)! });
  }
  return out;
}

/** What the feed learns from: one row per item shown, updated with watch time, skip, like and follow. */
export async function recordImpression(viewerId: string, input: { key: string; creatorId: string; reason: string; source: string; watchMs: number; skipped: boolean; liked: boolean; followed: boolean }, now = new Date()): Promise<void> {
  const [type, id] = input.key.split(":") as ["track" | "video", string];
  await db.insert(impressions).values({ viewerId, itemType: type, itemId: id, creatorId: input.creatorId, reason: input.reason.slice(0, 120), source: input.source.slice(0, 20), watchMs: Math.min(input.watchMs, 600_000), skipped: input.skipped, liked: input.liked, followed: input.followed, shownAt: now });
}
