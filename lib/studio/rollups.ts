import { and, eq, gte, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { ChorusDb, Tx } from "@/db/client";
import { hitRateLimit } from "@/lib/rate-limit";
import { followEvents, follows, pageListeners, pageStatsDaily, plays, profiles, trackLikes, tracks } from "@/db/schema";
import { rawEventsHorizon } from "./retention";

/**
 * Studio's daily rollups: what each metric counts, per page and UTC day. Written
 * in the same transaction as the event (a play, a follow), so a dashboard reads a
 * few hundred rows and is never behind. Counts only.
 */
export const METRICS = {
  /** dimension: track id */
  plays: "plays",
  /** dimension: app | embed | discovery */
  playSources: "play_sources",
  /** dimension: track id: plays heard to the end */
  completions: "completions",
  /** dimension: track id: listens left after at least a second and before they counted as a play */
  skips: "skips",
  /** dimension: track id: likes given (once a day per listener and track) */
  likes: "likes",
  /** dimension: track id: "Add to queue" in Chorus's player (once a day per listener and track) */
  queued: "queued",
  /** dimension: track id: shares to a listener's followers (once a day per listener and track) */
  shares: "shares",
  /** dimension: "<track id>|<source>" (a track's own Studio page) */
  trackSources: "track_sources",
  /** dimension: listener's country code, or "" (signed out / unknown) */
  playCountries: "play_countries",
  /** distinct signed-in listeners that day (dimension "") */
  listeners: "listeners",
  /** listeners whose first play of this page's music was that day */
  newListeners: "new_listeners",
  /** dimension: app | embed | discovery | search */
  follows: "follows",
  /** dimension: the website (origin) whose Follow button was used */
  followWebsites: "follow_websites",
  unfollows: "unfollows",
  /** where followers are now, per country (a follow +1, an unfollow -1), kept on the ALL_TIME day */
  followerCountries: "follower_countries",
  /** as followerCountries, dimension "City|CC" */
  followerCities: "follower_cities",
} as const;

/** The day of running totals: one row per dimension for all time, so "where followers are" reads a few rows. */
export const ALL_TIME = "all";
const RUNNING_TOTALS = new Set<string>([METRICS.followerCountries, METRICS.followerCities]);
/** Metrics only the live path writes (the player reports them, or the raw row can be taken back): a rebuild keeps them. */
const KEPT_ON_REBUILD = new Set<string>([METRICS.completions, METRICS.skips, METRICS.queued, METRICS.shares]);
export type Metric = (typeof METRICS)[keyof typeof METRICS];

export type StatDelta = { metric: Metric; dimension?: string; delta: number };

/** The UTC day a moment falls on, as stored (YYYY-MM-DD). */
export const dayKey = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Every metric but running totals is also kept per calendar month, under its own
 * name (day = YYYY-MM), so a year is read from twelve rows per dimension.
 */
export const monthly = (metric: string): string => `${metric}@month`;

/** Adds deltas to one page's day, merging repeats (one row may be touched once per statement). */
export async function bumpStats(tx: Tx | ChorusDb, profileId: string, at: Date, deltas: StatDelta[]): Promise<void> {
  const merged = new Map<string, { metric: string; day: string; dimension: string; value: number }>();
  const add = (metric: string, day: string, dimension: string, delta: number) => {
    const key = `${metric}\u0000${day}\u0000${dimension}`;
    const row = merged.get(key) ?? { metric, day, dimension, value: 0 };
    row.value += delta;
    merged.set(key, row);
  };
  for (const d of deltas) {
    const dimension = (d.dimension ?? "").slice(0, 200);
    if (RUNNING_TOTALS.has(d.metric)) add(d.metric, ALL_TIME, dimension, d.delta);
    else {
      add(d.metric, dayKey(at), dimension, d.delta);
      add(monthly(d.metric), dayKey(at).slice(0, 7), dimension, d.delta);
    }
  }
  const rows = [...merged.values()].filter((r) => r.value !== 0).map((r) => ({ profileId, ...r }));
  if (!rows.length) return;
  await tx
    .insert(pageStatsDaily)
    .values(rows)
    .onConflictDoUpdate({ target: [pageStatsDaily.profileId, pageStatsDaily.metric, pageStatsDaily.day, pageStatsDaily.dimension], set: { value: sql`${pageStatsDaily.value} + excluded.value` } });
}

const cityKey = (city: string | null, country: string | null) => (city && country ? `${city}|${country}` : "");

async function whereFrom(tx: Tx | ChorusDb, profileId: string) {
  return (await tx.select({ city: profiles.city, country: profiles.country }).from(profiles).where(eq(profiles.id, profileId)).limit(1))[0] ?? { city: null, country: null };
}

/**
 * The rollup side of one counted play: whether this listener already played this
 * page's music today, or ever (page_listeners, one key lookup), decides the
 * listener counts.
 */
export async function countPlay(tx: Tx | ChorusDb, input: { trackId: string; listenerId: string | null; source: string; at: Date }): Promise<void> {
  const track = (await tx.select({ profileId: tracks.profileId }).from(tracks).where(eq(tracks.id, input.trackId)).limit(1))[0];
  if (!track) return;
  const deltas: StatDelta[] = [
    { metric: METRICS.plays, dimension: input.trackId, delta: 1 },
    { metric: METRICS.playSources, dimension: input.source, delta: 1 },
    { metric: METRICS.trackSources, dimension: `${input.trackId}|${input.source}`, delta: 1 },
  ];
  let country = "";
  if (input.listenerId) {
    country = (await whereFrom(tx, input.listenerId)).country ?? "";
    const day = dayKey(input.at);
    const first = await tx.insert(pageListeners).values({ profileId: track.profileId, listenerId: input.listenerId, firstDay: day, lastDay: day }).onConflictDoNothing().returning({ day: pageListeners.firstDay });
    if (first.length) {
      deltas.push({ metric: METRICS.listeners, delta: 1 }, { metric: METRICS.newListeners, delta: 1 });
    } else {
      const again = await tx
        .update(pageListeners)
        .set({ lastDay: day })
        .where(and(eq(pageListeners.profileId, track.profileId), eq(pageListeners.listenerId, input.listenerId), lt(pageListeners.lastDay, day)))
        .returning({ day: pageListeners.lastDay });
      if (again.length) deltas.push({ metric: METRICS.listeners, delta: 1 });
    }
  }
  deltas.push({ metric: METRICS.playCountries, dimension: country, delta: 1 });
  await bumpStats(tx, track.profileId, input.at, deltas);
}

/** The rollup side of a follow (+1) or an unfollow (-1) that really happened. */
export async function countFollow(tx: Tx | ChorusDb, input: { followerId: string; followeeId: string; follow: boolean; source?: string; sourceOrigin?: string | null; at: Date }): Promise<void> {
  const from = await whereFrom(tx, input.followerId);
  const sign = input.follow ? 1 : -1;
  const deltas: StatDelta[] = [
    { metric: METRICS.followerCountries, dimension: from.country ?? "", delta: sign },
    { metric: METRICS.followerCities, dimension: cityKey(from.city, from.country), delta: sign },
  ];
  if (input.follow) {
    deltas.push({ metric: METRICS.follows, dimension: input.source ?? "app", delta: 1 });
    if (input.source === "embed" && input.sourceOrigin) deltas.push({ metric: METRICS.followWebsites, dimension: input.sourceOrigin, delta: 1 });
  } else {
    deltas.push({ metric: METRICS.unfollows, delta: 1 });
  }
  await bumpStats(tx, input.followeeId, input.at, deltas);
}

/**
 * Recomputes the rollups of some pages from the raw rows (plays, follows, unfollow
 * events): for data written before rollups existed, the seed, and to check that the
 * incremental path agrees. Follows that were later undone are not in the raw data,
 * so their day's "follows" count is lower than the incremental one. Only days from the
 * raw-event horizon on are recomputed (older plays are pruned, lib/studio/retention.ts);
 * earlier days keep the rollups they have, and their listeners stay known.
 */
export async function rebuildPageStats(database: ChorusDb, profileIds: string[], now = new Date()): Promise<void> {
  if (!profileIds.length) return;
  // Raw plays before the horizon are pruned (lib/studio/retention.ts): days and months
  // before it keep the rollups they have, and listeners first seen then stay known.
  const since = rawEventsHorizon(now);
  const sinceDay = dayKey(since);
  const recent = (at: Date) => at.getTime() >= since.getTime();
  const perPage = new Map<string, Map<string, StatDelta[]>>();
  const add = (profileId: string, at: Date, delta: StatDelta) => {
    const days = perPage.get(profileId) ?? new Map<string, StatDelta[]>();
    perPage.set(profileId, days);
    const day = dayKey(at);
    const list = days.get(day);
    if (list) list.push(delta);
    else days.set(day, [delta]);
  };
  const playRows = await database
    .select({ profileId: tracks.profileId, trackId: plays.trackId, listenerId: plays.listenerId, source: plays.source, at: plays.at, country: profiles.country })
    .from(plays)
    .innerJoin(tracks, eq(tracks.id, plays.trackId))
    .leftJoin(profiles, eq(profiles.id, plays.listenerId))
    .where(and(inArray(tracks.profileId, profileIds), gte(plays.at, since)))
    .orderBy(plays.at);
  const seenEver = new Map<string, { profileId: string; listenerId: string; firstDay: string; lastDay: string }>();
  // Listeners first heard before the horizon stay known: from their stored row, or from
  // raw plays not pruned yet (a database that had plays before it had rollups).
  const keptListeners = await database.select().from(pageListeners).where(and(inArray(pageListeners.profileId, profileIds), lt(pageListeners.firstDay, sinceDay)));
  for (const l of keptListeners) seenEver.set(`${l.profileId}|${l.listenerId}`, { profileId: l.profileId, listenerId: l.listenerId, firstDay: l.firstDay, lastDay: l.lastDay });
  const earlier = await database
    .select({ profileId: tracks.profileId, listenerId: plays.listenerId, first: sql<number | string | Date>`min(${plays.at})`, last: sql<number | string | Date>`max(${plays.at})` })
    .from(plays)
    .innerJoin(tracks, eq(tracks.id, plays.trackId))
    .where(and(inArray(tracks.profileId, profileIds), lt(plays.at, since), isNotNull(plays.listenerId)))
    .groupBy(tracks.profileId, plays.listenerId);
  for (const l of earlier) {
    const key = `${l.profileId}|${l.listenerId}`;
    if (!l.listenerId || seenEver.has(key)) continue;
    seenEver.set(key, { profileId: l.profileId, listenerId: l.listenerId, firstDay: dayKey(new Date(l.first)), lastDay: dayKey(new Date(l.last)) });
  }
  const seenDay = new Set<string>();
  for (const p of playRows) {
    add(p.profileId, p.at, { metric: METRICS.plays, dimension: p.trackId, delta: 1 });
    add(p.profileId, p.at, { metric: METRICS.playSources, dimension: p.source, delta: 1 });
    add(p.profileId, p.at, { metric: METRICS.trackSources, dimension: `${p.trackId}|${p.source}`, delta: 1 });
    add(p.profileId, p.at, { metric: METRICS.playCountries, dimension: p.listenerId ? (p.country ?? "") : "", delta: 1 });
    if (p.listenerId) {
      const dayId = `${p.profileId}|${p.listenerId}|${dayKey(p.at)}`;
      if (!seenDay.has(dayId)) {
        seenDay.add(dayId);
        add(p.profileId, p.at, { metric: METRICS.listeners, delta: 1 });
        const everId = `${p.profileId}|${p.listenerId}`;
        const known = seenEver.get(everId);
        if (known) known.lastDay = dayKey(p.at);
        else {
          seenEver.set(everId, { profileId: p.profileId, listenerId: p.listenerId, firstDay: dayKey(p.at), lastDay: dayKey(p.at) });
          add(p.profileId, p.at, { metric: METRICS.newListeners, delta: 1 });
        }
      }
    }
  }
  const followRows = await database
    .select({ followeeId: follows.followeeId, source: follows.source, origin: follows.sourceOrigin, at: follows.createdAt, city: profiles.city, country: profiles.country })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, follows.followerId))
    .where(inArray(follows.followeeId, profileIds));
  for (const f of followRows) {
    if (recent(f.at)) {
      add(f.followeeId, f.at, { metric: METRICS.follows, dimension: f.source, delta: 1 });
      if (f.source === "embed" && f.origin) add(f.followeeId, f.at, { metric: METRICS.followWebsites, dimension: f.origin, delta: 1 });
    }
    add(f.followeeId, f.at, { metric: METRICS.followerCountries, dimension: f.country ?? "", delta: 1 });
    add(f.followeeId, f.at, { metric: METRICS.followerCities, dimension: cityKey(f.city, f.country), delta: 1 });
  }
  const unfollowRows = await database
    .select({ followeeId: followEvents.followeeId, at: followEvents.at })
    .from(followEvents)
    .where(and(inArray(followEvents.followeeId, profileIds), eq(followEvents.kind, "unfollowed"), isNotNull(followEvents.at), gte(followEvents.at, since)));
  for (const u of unfollowRows) add(u.followeeId, u.at, { metric: METRICS.unfollows, delta: 1 });
  // Likes standing now, on the day they were given (one per listener and track), never the page owner's own.
  const pageOwners = new Map((await database.select({ id: profiles.id, ownerId: profiles.ownerId }).from(profiles).where(inArray(profiles.id, profileIds))).map((p) => [p.id, p.ownerId]));
  const likeRows = await database
    .select({ profileId: tracks.profileId, trackId: trackLikes.trackId, likerOwner: profiles.ownerId, at: trackLikes.createdAt })
    .from(trackLikes)
    .innerJoin(tracks, eq(tracks.id, trackLikes.trackId))
    .innerJoin(profiles, eq(profiles.id, trackLikes.profileId))
    .where(inArray(tracks.profileId, profileIds));
  for (const l of likeRows) if (recent(l.at) && l.likerOwner !== pageOwners.get(l.profileId)) add(l.profileId, l.at, { metric: METRICS.likes, dimension: l.trackId, delta: 1 });

  await database.transaction(async (tx) => {
    // Completions, skips, queue adds and shares have no raw rows to count again: they stay.
    const rebuilt = Object.values(METRICS).filter((m) => !KEPT_ON_REBUILD.has(m));
    // From the horizon on ("all", the running totals' day, sorts after every date).
    const fromHorizon = or(and(inArray(pageStatsDaily.metric, rebuilt), gte(pageStatsDaily.day, sinceDay)), and(inArray(pageStatsDaily.metric, rebuilt.map(monthly)), gte(pageStatsDaily.day, sinceDay.slice(0, 7))));
    await tx.delete(pageStatsDaily).where(and(inArray(pageStatsDaily.profileId, profileIds), fromHorizon));
    await tx.delete(pageListeners).where(inArray(pageListeners.profileId, profileIds));
    const listeners = [...seenEver.values()];
    for (let i = 0; i < listeners.length; i += 500) await tx.insert(pageListeners).values(listeners.slice(i, i + 500));
    for (const [profileId, days] of perPage) {
      for (const [day, deltas] of days) await bumpStats(tx, profileId, new Date(`${day}T12:00:00.000Z`), deltas);
    }
  });
}

/**
 * A listener's action (a like, a share) on a creator's track, into the creator's daily
 * numbers: never the creator's own (any profile of the account that owns the page, as
 * for plays), at most once a day per listener and track (`key`), and never failing the
 * action itself: the like or share is already saved.
 */
export async function countListenerAction(database: ChorusDb, input: { actorId: string; creatorId: string; trackId: string; metric: typeof METRICS.likes | typeof METRICS.shares; at: Date }): Promise<void> {
  try {
    const owners = await database.select({ id: profiles.id, ownerId: profiles.ownerId }).from(profiles).where(inArray(profiles.id, [input.actorId, input.creatorId]));
    const ownerOf = (id: string) => owners.find((o) => o.id === id)?.ownerId;
    if (input.actorId === input.creatorId || !ownerOf(input.creatorId) || ownerOf(input.actorId) === ownerOf(input.creatorId)) return;
    const once = await hitRateLimit(database, `${input.metric}Stat:${input.actorId}:${input.trackId}`, { limit: 1, windowMs: 86_400_000 }, input.at);
    if (once.allowed) await bumpStats(database, input.creatorId, input.at, [{ metric: input.metric, dimension: input.trackId, delta: 1 }]);
  } catch (error) {
    console.error(`studio: could not count a ${input.metric} of track ${input.trackId}`, error);
  }
}
