import "server-only";
import { and, desc, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { orderItems, orders, pageStatsDaily, profiles, tracks } from "@/db/schema";
import { countryName } from "@/lib/markets/countries";
import { METRICS } from "./rollups";
import { RANGES, rangeDays, toPoints, type Point, type RangeKey } from "./ranges";

export type Ranked = { key: string; label: string; value: number };

export type Dashboard = {
  range: RangeKey;
  days: string[];
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

const SOURCE_LABELS: Record<string, string> = { app: "Chorus (profile, player, feed)", embed: "Embeds on other websites", discovery: "Discover", search: "Search", seed: "Other" };
const sourceLabel = (s: string) => SOURCE_LABELS[s] ?? s;
const countryLabel = (code: string) => (code ? (countryName(code) ?? code) : "Unknown");

const ranked = (values: Map<string, number>, label: (key: string) => string): Ranked[] =>
  [...values].filter(([, v]) => v > 0).map(([key, value]) => ({ key, label: label(key), value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));

/**
 * Everything Studio's Overview, Audience and Music sections show for one page and
 * range, from the daily rollups: two grouped reads of at most a few thousand rows.
 */
export async function getDashboard(profileId: string, range: RangeKey, now = new Date()): Promise<Dashboard> {
  const { days, previousStart } = rangeDays(range, now);
  const start = days[0];
  const sum = sql<number>`sum(${pageStatsDaily.value})`.mapWith(Number);
  const page = eq(pageStatsDaily.profileId, profileId);
  // The database adds up: per metric and day for the charts, per metric and dimension for
  // the ranked lists, per metric for the period before, and all time for where followers are.
  const [byDay, byDimension, before, where, owner] = await Promise.all([
    db
      .select({ metric: pageStatsDaily.metric, day: pageStatsDaily.day, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.plays, METRICS.listeners, METRICS.newListeners, METRICS.follows, METRICS.unfollows]), gte(pageStatsDaily.day, start)))
      .groupBy(pageStatsDaily.metric, pageStatsDaily.day),
    db
      .select({ metric: pageStatsDaily.metric, dimension: pageStatsDaily.dimension, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.plays, METRICS.playSources, METRICS.playCountries, METRICS.follows, METRICS.followWebsites]), gte(pageStatsDaily.day, start)))
      .groupBy(pageStatsDaily.metric, pageStatsDaily.dimension),
    db
      .select({ metric: pageStatsDaily.metric, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.plays, METRICS.follows]), gte(pageStatsDaily.day, previousStart), lt(pageStatsDaily.day, start)))
      .groupBy(pageStatsDaily.metric),
    db
      .select({ metric: pageStatsDaily.metric, dimension: pageStatsDaily.dimension, value: sum })
      .from(pageStatsDaily)
      .where(and(page, inArray(pageStatsDaily.metric, [METRICS.followerCountries, METRICS.followerCities])))
      .groupBy(pageStatsDaily.metric, pageStatsDaily.dimension),
    db.select({ n: profiles.followerCount }).from(profiles).where(eq(profiles.id, profileId)).limit(1),
  ]);
  const followerCount = owner[0]?.n ?? 0;

  const perDay = new Map<string, Map<string, number>>();
  for (const r of byDay) {
    const d = perDay.get(r.metric) ?? new Map<string, number>();
    d.set(r.day, r.value);
    perDay.set(r.metric, d);
  }
  const perDimension = new Map<string, Map<string, number>>();
  for (const r of byDimension) {
    const m = perDimension.get(r.metric) ?? new Map<string, number>();
    m.set(r.dimension, r.value);
    perDimension.set(r.metric, m);
  }
  const previous = new Map(before.map((r) => [r.metric, r.value]));
  const daily = (metric: string) => (day: string) => perDay.get(metric)?.get(day) ?? 0;
  const total = (metric: string) => [...(perDay.get(metric)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const dims = (metric: string) => perDimension.get(metric) ?? new Map<string, number>();

  // Followers at the end of each day, counted back from today's total.
  const net = (day: string) => daily(METRICS.follows)(day) - daily(METRICS.unfollows)(day);
  const endOfDay = new Map<string, number>();
  let running = followerCount;
  for (let i = days.length - 1; i >= 0; i--) {
    endOfDay.set(days[i], Math.max(0, running));
    running -= net(days[i]);
  }

  const trackIds = [...dims(METRICS.plays).keys()];
  const titles = new Map((trackIds.length ? await db.select({ id: tracks.id, title: tracks.title }).from(tracks).where(inArray(tracks.id, trackIds)) : []).map((t) => [t.id, t.title]));
  const whereOf = (metric: string) => new Map(where.filter((w) => w.metric === metric).map((w) => [w.dimension, w.value]));

  return {
    range,
    days,
    followerCount,
    followersSeries: toPoints(range, days, (d) => endOfDay.get(d) ?? 0, "last"),
    followsGained: total(METRICS.follows),
    unfollows: total(METRICS.unfollows),
    previousFollowsGained: previous.get(METRICS.follows) ?? 0,
    plays: total(METRICS.plays),
    previousPlays: previous.get(METRICS.plays) ?? 0,
    playsSeries: toPoints(range, days, daily(METRICS.plays)),
    listenersSeries: toPoints(range, days, daily(METRICS.listeners)),
    newListenersSeries: toPoints(range, days, daily(METRICS.newListeners)),
    newListeners: total(METRICS.newListeners),
    followsSeries: toPoints(range, days, daily(METRICS.follows)),
    topTracks: ranked(dims(METRICS.plays), (id) => titles.get(id) ?? "A removed track"),
    playSources: ranked(dims(METRICS.playSources), sourceLabel),
    playCountries: ranked(dims(METRICS.playCountries), countryLabel),
    followSources: ranked(dims(METRICS.follows), sourceLabel),
    websites: ranked(dims(METRICS.followWebsites), (o) => o),
    countries: ranked(whereOf(METRICS.followerCountries), countryLabel),
    cities: ranked(whereOf(METRICS.followerCities), (k) => k.split("|")[0] || "Unknown")
      .filter((c) => c.key)
      .map((c) => ({ ...c, city: c.key.split("|")[0], country: c.key.split("|")[1] ?? "", label: `${c.key.split("|")[0]}, ${countryLabel(c.key.split("|")[1] ?? "")}` })),
    daily: days.map((day) => ({
      day,
      plays: daily(METRICS.plays)(day),
      listeners: daily(METRICS.listeners)(day),
      newListeners: daily(METRICS.newListeners)(day),
      follows: daily(METRICS.follows)(day),
      unfollows: daily(METRICS.unfollows)(day),
      followers: endOfDay.get(day) ?? 0,
    })),
  };
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
