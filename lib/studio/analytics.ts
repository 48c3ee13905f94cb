import "server-only";
import { and, desc, eq, gte, inArray, like, lt, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { orderItems, orders, pageStatsDaily, profiles, releases, trackLikes, tracks } from "@/db/schema";
import { countryName } from "@/lib/markets/countries";
import { METRICS, monthly } from "./rollups";
import { RANGES, rangeDays, rangeUnits, toPoints, type Point, type RangeKey } from "./ranges";

export type Ranked = { key: string; label: string; value: number };

export type Dashboard = {
  range: RangeKey;
  followerCount: number;
  followersSeries: Point[];
  followsGained: number;
  unfollows: number;
  previousFollowsGained: number;
  plays: number;
  previousPlays: number;
  playsSeries: Point[];
  listenersSeries: Point[];
  newListenersSeries: Point[];
  newListeners: number;
  followsSeries: Point[];
  topTracks: Ranked[];
  playSources: Ranked[];
  playCountries: Ranked[];
  followSources: Ranked[];
  websites: Ranked[];
  /** Where followers are now (all time, net of unfollows). */
  countries: Ranked[];
  cities: (Ranked & { city: string; country: string })[];
  /** One row per day of the range, whatever the charts' step. */
  daily: { day: string; plays: number; listeners: number; newListeners: number; follows: number; unfollows: number; followers: number }[];
};

/**
 * What ranked rows are called: where plays and follows come from (by key), a country
 * (by code, "" when unknown) and a track that is gone. English by default, as the CSV
 * export writes them; a screen passes its language's names (studioFormat().names).
 */
export type RankedNames = { source: (key: string) => string; country: (code: string) => string; removedTrack: string };

const SOURCE_LABELS: Record<string, string> = { app: "Chorus (profile, player, feed)", embed: "Embeds on other websites", discovery: "Discover", search: "Search", seed: "Other" };
export const ENGLISH_NAMES: RankedNames = {
  source: (s) => SOURCE_LABELS[s] ?? s,
  country: (code) => (code ? (countryName(code) ?? code) : "Unknown"),
  removedTrack: "A removed track",
};

const ranked = (values: Map<string, number>, label: (key: string) => string): Ranked[] =>
  [...values].filter(([, v]) => v > 0).map(([key, value]) => ({ key, label: label(key), value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));

/**
 * Everything Studio's Overview, Audience and Music sections show for one page and
 * range, from the rollups: daily rows for up to 90 days, monthly rows for a year,
 * summed by the database. `daily` adds one row per day of the range (CSV export).
 */
export async function getDashboard(profileId: string, range: RangeKey, options: { now?: Date; daily?: boolean; names?: RankedNames } = {}): Promise<Dashboard> {
  const now = options.now ?? new Date();
  const { source: sourceLabel, country: countryLabel, removedTrack } = options.names ?? ENGLISH_NAMES;
  const { step, units, previousStart } = rangeUnits(range, now);
  const start = units[0];
  const name = (metric: string) => (step === "month" ? monthly(metric) : metric);
  const unmonthly = (metric: string) => metric.replace(/@month$/, "");
  const sum = sql<number>`sum(${pageStatsDaily.value})`.mapWith(Number);
  const page = eq(pageStatsDaily.profileId, profileId);
  const series = [METRICS.plays, METRICS.listeners, METRICS.newListeners, METRICS.follows, METRICS.unfollows];
  // The database adds up: per metric and unit for the charts, per metric and dimension for
  // the ranked lists, per metric for the period before, and the running totals of where followers are.
  const [byUnit, byDimension, before, where, owner] = await Promise.all([
    db
      .select({ metric: pageStatsDaily.metric, unit: pageStatsDaily.day, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, series.map(name)), gte(pageStatsDaily.day, start)))
      .groupBy(pageStatsDaily.metric, pageStatsDaily.day),
    db
      .select({ metric: pageStatsDaily.metric, dimension: pageStatsDaily.dimension, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.plays, METRICS.playSources, METRICS.playCountries, METRICS.follows, METRICS.followWebsites].map(name)), gte(pageStatsDaily.day, start)))
      .groupBy(pageStatsDaily.metric, pageStatsDaily.dimension),
    db
      .select({ metric: pageStatsDaily.metric, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.plays, METRICS.follows].map(name)), gte(pageStatsDaily.day, previousStart), lt(pageStatsDaily.day, start)))
      .groupBy(pageStatsDaily.metric),
    db
      .select({ metric: pageStatsDaily.metric, dimension: pageStatsDaily.dimension, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.followerCountries, METRICS.followerCities])))
      .groupBy(pageStatsDaily.metric, pageStatsDaily.dimension),
    db.select({ n: profiles.followerCount }).from(profiles).where(eq(profiles.id, profileId)).limit(1),
  ]);
  const followerCount = owner[0]?.n ?? 0;

  const perUnit = new Map<string, Map<string, number>>();
  for (const r of byUnit) {
    const metric = unmonthly(r.metric);
    const d = perUnit.get(metric) ?? new Map<string, number>();
    d.set(r.unit, r.value);
    perUnit.set(metric, d);
  }
  const perDimension = new Map<string, Map<string, number>>();
  for (const r of byDimension) {
    const metric = unmonthly(r.metric);
    const m = perDimension.get(metric) ?? new Map<string, number>();
    m.set(r.dimension, r.value);
    perDimension.set(metric, m);
  }
  const previous = new Map(before.map((r) => [unmonthly(r.metric), r.value]));
  const at = (metric: string) => (unit: string) => perUnit.get(metric)?.get(unit) ?? 0;
  const total = (metric: string) => [...(perUnit.get(metric)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const dims = (metric: string) => perDimension.get(metric) ?? new Map<string, number>();

  const endOf = followersAtEnd(units, followerCount, at);

  const trackIds = [...dims(METRICS.plays).keys()];
  const titles = new Map((trackIds.length ? await db.select({ id: tracks.id, title: tracks.title }).from(tracks).where(inArray(tracks.id, trackIds)) : []).map((t) => [t.id, t.title]));
  const whereOf = (metric: string) => new Map(where.filter((w) => w.metric === metric).map((w) => [w.dimension, w.value]));

  return {
    range,
    followerCount,
    followersSeries: toPoints(units, (u) => endOf.get(u) ?? 0),
    followsGained: total(METRICS.follows),
    unfollows: total(METRICS.unfollows),
    previousFollowsGained: previous.get(METRICS.follows) ?? 0,
    plays: total(METRICS.plays),
    previousPlays: previous.get(METRICS.plays) ?? 0,
    playsSeries: toPoints(units, at(METRICS.plays)),
    listenersSeries: toPoints(units, at(METRICS.listeners)),
    newListenersSeries: toPoints(units, at(METRICS.newListeners)),
    newListeners: total(METRICS.newListeners),
    followsSeries: toPoints(units, at(METRICS.follows)),
    topTracks: ranked(dims(METRICS.plays), (id) => titles.get(id) ?? removedTrack),
    playSources: ranked(dims(METRICS.playSources), sourceLabel),
    playCountries: ranked(dims(METRICS.playCountries), countryLabel),
    followSources: ranked(dims(METRICS.follows), sourceLabel),
    websites: ranked(dims(METRICS.followWebsites), (o) => o),
    countries: ranked(whereOf(METRICS.followerCountries), countryLabel),
    cities: ranked(whereOf(METRICS.followerCities), (k) => k.split("|")[0] || "Unknown")
      .filter((c) => c.key)
      .map((c) => ({ ...c, city: c.key.split("|")[0], country: c.key.split("|")[1] ?? "", label: `${c.key.split("|")[0]}, ${countryLabel(c.key.split("|")[1] ?? "")}` })),
    daily: step === "day" ? dailyRows(units, at, endOf) : options.daily ? await dailyOfYear(profileId, range, now, followerCount) : [],
  };
}

/** What the Music section lists: plays per track and per source in the range (one grouped read, not the whole dashboard). */
export async function getPlayLists(profileId: string, range: RangeKey, options: { now?: Date; names?: RankedNames } = {}): Promise<Pick<Dashboard, "topTracks" | "playSources">> {
  const { source: sourceLabel, removedTrack } = options.names ?? ENGLISH_NAMES;
  const { step, units } = rangeUnits(range, options.now ?? new Date());
  const name = (metric: string) => (step === "month" ? monthly(metric) : metric);
  const rows = await db
    .select({ metric: pageStatsDaily.metric, dimension: pageStatsDaily.dimension, value: sql<number>`sum(${pageStatsDaily.value})`.mapWith(Number) })
    .from(pageStatsDaily)
    .where(and(eq(pageStatsDaily.profileId, profileId), inArray(pageStatsDaily.metric, [name(METRICS.plays), name(METRICS.playSources)]), gte(pageStatsDaily.day, units[0])))
    .groupBy(pageStatsDaily.metric, pageStatsDaily.dimension);
  const of = (metric: string) => new Map(rows.filter((r) => r.metric === name(metric)).map((r) => [r.dimension, r.value]));
  const perTrack = of(METRICS.plays);
  const trackIds = [...perTrack.keys()];
  const titles = new Map((trackIds.length ? await db.select({ id: tracks.id, title: tracks.title }).from(tracks).where(inArray(tracks.id, trackIds)) : []).map((t) => [t.id, t.title]));
  return { topTracks: ranked(perTrack, (id) => titles.get(id) ?? removedTrack), playSources: ranked(of(METRICS.playSources), sourceLabel) };
}

type DailyRow = Dashboard["daily"][number];

/** Followers at the end of each unit (day or month), counted back from today's total. */
function followersAtEnd(units: string[], followerCount: number, at: (metric: string) => (unit: string) => number): Map<string, number> {
  const endOf = new Map<string, number>();
  let running = followerCount;
  for (let i = units.length - 1; i >= 0; i--) {
    endOf.set(units[i], Math.max(0, running));
    running -= at(METRICS.follows)(units[i]) - at(METRICS.unfollows)(units[i]);
  }
  return endOf;
}

function dailyRows(days: string[], at: (metric: string) => (day: string) => number, endOf: Map<string, number>): DailyRow[] {
  return days.map((day) => ({
    day,
    plays: at(METRICS.plays)(day),
    listeners: at(METRICS.listeners)(day),
    newListeners: at(METRICS.newListeners)(day),
    follows: at(METRICS.follows)(day),
    unfollows: at(METRICS.unfollows)(day),
    followers: endOf.get(day) ?? 0,
  }));
}

/** One row per day of a year-long range, from the daily rollups (the CSV of a year). */
async function dailyOfYear(profileId: string, range: RangeKey, now: Date, followerCount: number): Promise<DailyRow[]> {
  const { days } = rangeDays(range, now);
  const rows = await db
    .select({ metric: pageStatsDaily.metric, day: pageStatsDaily.day, value: sql<number>`sum(${pageStatsDaily.value})`.mapWith(Number) })
    .from(pageStatsDaily)
    .where(and(eq(pageStatsDaily.profileId, profileId), inArray(pageStatsDaily.metric, [METRICS.plays, METRICS.listeners, METRICS.newListeners, METRICS.follows, METRICS.unfollows]), gte(pageStatsDaily.day, days[0])))
    .groupBy(pageStatsDaily.metric, pageStatsDaily.day);
  const values = new Map(rows.map((r) => [`${r.metric}|${r.day}`, r.value]));
  const at = (metric: string) => (day: string) => values.get(`${metric}|${day}`) ?? 0;
  return dailyRows(days, at, followersAtEnd(days, followerCount, at));
}

export type MerchSummary = { orders: number; units: number; revenue: { currency: string; minor: number }[] };

/** Orders placed in the range that were not cancelled: count, units, and paid-or-pending revenue per currency. */
export async function getMerchSummary(sellerId: string, range: RangeKey, now = new Date()): Promise<MerchSummary> {
  const since = new Date(now.getTime() - RANGES[range].days * 86_400_000);
  const rows = await db
    .select({ id: orders.id, currency: orders.currency, units: sql<number>`coalesce(sum(${orderItems.quantity}), 0)`.mapWith(Number), minor: sql<number>`coalesce(sum(${orderItems.quantity} * ${orderItems.unitPriceMinor}), 0)`.mapWith(Number) })
    .from(orders)
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .where(and(eq(orders.sellerId, sellerId), ne(orders.status, "cancelled"), gte(orders.createdAt, since)))
    .groupBy(orders.id, orders.currency)
    .orderBy(desc(orders.id));
  const revenue = new Map<string, number>();
  for (const r of rows) revenue.set(r.currency, (revenue.get(r.currency) ?? 0) + r.minor);
  return { orders: rows.length, units: rows.reduce((a, r) => a + r.units, 0), revenue: [...revenue].map(([currency, minor]) => ({ currency, minor })) };
}

export type TrackStats = {
  track: { id: string; title: string; releaseTitle: string | null; playCount: number; publishedAt: Date | null };
  plays: number;
  previousPlays: number;
  playsSeries: Point[];
  sources: Ranked[];
  likes: number;
  /** Likes given in the range (once a day per listener and track, rolled up as they happen). */
  newLikes: number;
  /** Plays heard to the end, and listens left before they counted, in the range. */
  completions: number;
  /** Plays from the players that report how a listen ended (Chorus's and embeds; not Discover's cards): what completions and skips are shares of. */
  playsReportingEnds: number;
  skips: number;
  /** Listeners who added it to their queue, and who shared it to their followers, in the range (each once a day). */
  queued: number;
  shares: number;
};

/** One track's numbers for its Studio page, or null when the track is not this page's. Sources are named with `names` (English by default). */
export async function getTrackStats(profileId: string, trackId: string, range: RangeKey, now = new Date(), names: RankedNames = ENGLISH_NAMES): Promise<TrackStats | null> {
  const track = (
    await db
      .select({ id: tracks.id, title: tracks.title, releaseTitle: releases.title, playCount: tracks.playCount, publishedAt: tracks.publishedAt })
      .from(tracks)
      .leftJoin(releases, eq(releases.id, tracks.releaseId))
      .where(and(eq(tracks.id, trackId), eq(tracks.profileId, profileId)))
      .limit(1)
  )[0];
  if (!track) return null;
  const { step, units, previousStart } = rangeUnits(range, now);
  const name = (metric: string) => (step === "month" ? monthly(metric) : metric);
  const sum = sql<number>`sum(${pageStatsDaily.value})`.mapWith(Number);
  const page = eq(pageStatsDaily.profileId, profileId);
  const [byUnit, before, sources, likes, ends] = await Promise.all([
    db
      .select({ unit: pageStatsDaily.day, value: sum })
      .from(pageStatsDaily)
      .where(and(page, eq(pageStatsDaily.metric, name(METRICS.plays)), eq(pageStatsDaily.dimension, trackId), gte(pageStatsDaily.day, units[0])))
      .groupBy(pageStatsDaily.day),
    db
      .select({ value: sum })
      .from(pageStatsDaily)
      .where(and(page, eq(pageStatsDaily.metric, name(METRICS.plays)), eq(pageStatsDaily.dimension, trackId), gte(pageStatsDaily.day, previousStart), lt(pageStatsDaily.day, units[0]))),
    db
      .select({ dimension: pageStatsDaily.dimension, value: sum })
      .from(pageStatsDaily)
      .where(and(page, eq(pageStatsDaily.metric, name(METRICS.trackSources)), like(pageStatsDaily.dimension, `${trackId}|%`), gte(pageStatsDaily.day, units[0])))
      .groupBy(pageStatsDaily.dimension),
    db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(trackLikes).where(eq(trackLikes.trackId, trackId)),
    db
      .select({ metric: pageStatsDaily.metric, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.completions, METRICS.skips, METRICS.likes, METRICS.queued, METRICS.shares].map(name)), eq(pageStatsDaily.dimension, trackId), gte(pageStatsDaily.day, units[0])))
      .groupBy(pageStatsDaily.metric),
  ]);
  const endsOf = (metric: string) => ends.find((r) => r.metric === name(metric))?.value ?? 0;
  const perUnit = new Map(byUnit.map((r) => [r.unit, r.value]));
  return {
    track,
    plays: byUnit.reduce((a, r) => a + r.value, 0),
    previousPlays: before[0]?.value ?? 0,
    playsSeries: toPoints(units, (u) => perUnit.get(u) ?? 0),
    sources: ranked(new Map(sources.map((r) => [r.dimension.split("|")[1] ?? "", r.value])), names.source),
    likes: likes[0]?.n ?? 0,
    newLikes: endsOf(METRICS.likes),
    completions: endsOf(METRICS.completions),
    playsReportingEnds: sources.reduce((sum, r) => sum + (r.dimension.endsWith("|discovery") ? 0 : r.value), 0),
    skips: endsOf(METRICS.skips),
    queued: endsOf(METRICS.queued),
    shares: endsOf(METRICS.shares),
  };
}
