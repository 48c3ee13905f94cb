import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { concertInterests, concertLineup, concerts, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { cityFilter } from "@/lib/search/search";
import { knowsWhere, regionNeighbours, sameCity, type Near } from "./nearby";
import type { CalendarShow } from "./calendar";
import { utcToZonedInput } from "./time";
import { sqlBool } from "@/db/sql";

/** Lists of shows, read with the database they are given (queries.ts passes the app's). */

export type ConcertCard = {
  id: string;
  venueName: string;
  city: string;
  country: string;
  timeZone: string;
  startsAt: Date;
  status: string;
  /** Postponed to a date the artist has given. */
  rescheduled: boolean;
  priceMinMinor: number | null;
  priceMaxMinor: number | null;
  currency: string | null;
  ticketUrl: string | null;
  /** Started before this read: no tickets, no interest. */
  past: boolean;
  /** The headliner: the page that announced the show. */
  artist: { id: string; handle: string; name: string; avatarUrl: string | null };
};

export const cardSelect = { c: concerts, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId };

type CardRow = { c: typeof concerts.$inferSelect; handle: string; name: string; avatarId: string | null };

export function toCard({ c, handle, name, avatarId }: CardRow, now = new Date()): ConcertCard {
  return {
    id: c.id,
    venueName: c.venueName,
    city: c.city,
    country: c.country,
    timeZone: c.timeZone,
    startsAt: c.startsAt,
    status: c.status,
    rescheduled: c.rescheduled,
    priceMinMinor: c.priceMinMinor,
    priceMaxMinor: c.priceMaxMinor,
    currency: c.currency,
    ticketUrl: c.ticketUrl,
    past: c.startsAt.getTime() < now.getTime(),
    artist: { id: c.profileId, handle, name, avatarUrl: mediaUrl(avatarId) },
  };
}

const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Shows a profile headlines or is tagged in ("@handle" in a lineup). */
const onTheBill = (profileId: string) =>
  sql`${concerts.id} IN (SELECT id FROM concerts WHERE profile_id = ${profileId} UNION SELECT concert_id FROM concert_lineup WHERE profile_id = ${profileId})`;

/** Upcoming (soonest first) or past (latest first) shows of a profile, its own and those it is on the bill of. */
export async function listProfileConcerts(database: ChorusDb, profileId: string, when: "upcoming" | "past", now = new Date(), limit = 20): Promise<ConcertCard[]> {
  return (await database
    .select(cardSelect)
    .from(concerts)
    .innerJoin(profiles, eq(profiles.id, concerts.profileId))
    .where(and(onTheBill(profileId), when === "upcoming" ? gte(concerts.startsAt, now) : lt(concerts.startsAt, now)))
    .orderBy(when === "upcoming" ? asc(concerts.startsAt) : desc(concerts.startsAt), asc(concerts.id))
    .limit(limit))
    .map((r) => toCard(r, now));
}

/** The shows a listener marked Interested: upcoming soonest first, then past ones latest first. */
export async function listInterestedConcerts(database: ChorusDb, profileId: string, now = new Date()): Promise<{ upcoming: ConcertCard[]; past: ConcertCard[] }> {
  const rows = async (when: "upcoming" | "past") =>
    (await database
      .select(cardSelect)
      .from(concertInterests)
      .innerJoin(concerts, eq(concerts.id, concertInterests.concertId))
      .innerJoin(profiles, eq(profiles.id, concerts.profileId))
      .where(and(eq(concertInterests.profileId, profileId), when === "upcoming" ? gte(concerts.startsAt, now) : lt(concerts.startsAt, now)))
      .orderBy(when === "upcoming" ? asc(concerts.startsAt) : desc(concerts.startsAt), asc(concerts.id))
      .limit(when === "upcoming" ? 200 : 50))
      .map((r) => toCard(r, now));
  return { upcoming: await rows("upcoming"), past: await rows("past") };
}

/** A show as calendars need it (see calendar.ts), with whose show it is. */
export type CalendarConcert = CalendarShow & { artistName: string; lineup: string[] };

/** The named acts of each show, in bill order. */
export async function lineupNames(database: ChorusDb, concertIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!concertIds.length) return out;
  const rows = await database
    .select({ concertId: concertLineup.concertId, name: concertLineup.name })
    .from(concertLineup)
    .where(inArray(concertLineup.concertId, concertIds))
    .orderBy(asc(concertLineup.concertId), asc(concertLineup.position));
  for (const row of rows) {
    out.set(row.concertId, [...(out.get(row.concertId) ?? []), row.name]);
  }
  return out;
}

/** Upcoming and recent (30 days) shows a profile plays, its own and those it is on the bill of, for its subscribable calendar. */
export async function listCalendarConcerts(database: ChorusDb, profileId: string, now = new Date()): Promise<CalendarConcert[]> {
  const rows = await database
    .select({ c: concerts, artistName: profiles.name })
    .from(concerts)
    .innerJoin(profiles, eq(profiles.id, concerts.profileId))
    .where(and(onTheBill(profileId), gte(concerts.startsAt, new Date(now.getTime() - 30 * 86_400_000))))
    .orderBy(asc(concerts.startsAt), asc(concerts.id))
    .limit(200);
  const lineups = await lineupNames(database, rows.map((r) => r.c.id));
  return rows.map(({ c, artistName }) => ({ ...c, artistName, lineup: lineups.get(c.id) ?? [] }));
}

export type ConcertSearch = { city: string; from: string; to: string; genre: string; followerId: string | null; near: Near; limit: number };

/** The venue-local calendar day of a show, "2027-05-31". */
const venueDay = (c: ConcertCard) => utcToZonedInput(c.startsAt, c.timeZone).slice(0, 10);
/** Venue days run up to 14 hours either side of UTC days. */
const ZONE_SLACK = 14 * 3_600_000;

/** How the viewer's city is spelled on upcoming shows ("Sao Paulo", "São Paulo"), so SQL can match it exactly. */
async function citySpellings(database: ChorusDb, near: Near, now: Date): Promise<string[]> {
  if (!near.city) return [];
  return (await database
    .selectDistinct({ city: concerts.city })
    .from(concerts)
    .where(and(gte(concerts.startsAt, now), near.country ? eq(concerts.country, near.country) : undefined))
    .limit(2000))
    .map((r) => r.city)
    .filter((city) => sameCity(city, near.city));
}

/** The distance group of each show as a number (see nearby.ts: city 0, country 1, region 2, further 3). */
async function distanceRank(database: ChorusDb, near: Near, now: Date): Promise<SQL[]> {
  if (!knowsWhere(near)) return [];
  const spellings = await citySpellings(database, near, now);
  const neighbours = regionNeighbours(near.country);
  const city = spellings.length ? sql`${concerts.city} IN (${inList(spellings)})` : sqlBool(false);
  const country = near.country ? sql`${concerts.country} = ${near.country}` : sqlBool(false);
  const region = neighbours.length ? sql`${concerts.country} IN (${inList(neighbours)})` : sqlBool(false);
  return [sql`CASE WHEN ${city} THEN 0 WHEN ${country} THEN 1 WHEN ${region} THEN 2 ELSE 3 END`];
}

/**
 * Upcoming shows for /concerts: in distance groups from the viewer (their city,
 * their country, their part of the world, further away), soonest first within
 * each; plain date order when the viewer's location is unknown. Date filters
 * are venue-local days: SQL narrows to a window widened by the largest zone
 * offset, then the exact day is checked per row.
 */
export async function findConcerts(database: ChorusDb, q: ConcertSearch, now = new Date()): Promise<{ concerts: ConcertCard[]; more: boolean }> {
  const conditions = [gte(concerts.startsAt, q.from ? new Date(Math.max(now.getTime(), Date.parse(`${q.from}T00:00:00Z`) - ZONE_SLACK)) : now)];
  if (q.to) conditions.push(lt(concerts.startsAt, new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000 + ZONE_SLACK)));
  // Accents folded by the search index: "sao paulo" finds São Paulo, as search does elsewhere.
  const city = q.city ? cityFilter(database, q.city) : null;
  if (city) conditions.push(city);
  if (q.genre) conditions.push(sql`EXISTS (SELECT 1 FROM profile_genres g WHERE g.profile_id = ${concerts.profileId} AND g.genre = ${q.genre.toLowerCase()})`);
  if (q.followerId) conditions.push(sql`EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ${q.followerId} AND f.followee_id = ${concerts.profileId})`);
  const rank = await distanceRank(database, q.near, now);
  const rows = (
    await database
      .select(cardSelect)
      .from(concerts)
      .innerJoin(profiles, eq(profiles.id, concerts.profileId))
      .where(and(...conditions))
      .orderBy(...rank, asc(concerts.startsAt), asc(concerts.id))
      .limit(q.limit * 2 + 1)
  )
    .map((r) => toCard(r, now))
    .filter((c) => (!q.from || venueDay(c) >= q.from) && (!q.to || venueDay(c) <= q.to));
  return { concerts: rows.slice(0, q.limit), more: rows.length > q.limit };
}
