import "server-only";
import { cityMatchExpression } from "@/lib/search/match";
import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { concertInterests, concertLineup, concerts, profileGenres, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { amountText } from "@/lib/money";
import { utcToZonedInput } from "./time";

export type ConcertCard = {
  id: string;
  venueName: string;
  city: string;
  country: string;
  timeZone: string;
  startsAt: Date;
  status: string;
  priceMinMinor: number | null;
  priceMaxMinor: number | null;
  currency: string | null;
  ticketUrl: string | null;
  /** Started before this read: no tickets, no interest. */
  past: boolean;
  artist: { handle: string; name: string; avatarUrl: string | null };
};

const select = { c: concerts, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId };

function toCard({ c, handle, name, avatarId }: { c: typeof concerts.$inferSelect; handle: string; name: string; avatarId: string | null }): ConcertCard {
  return {
    id: c.id,
    venueName: c.venueName,
    city: c.city,
    country: c.country,
    timeZone: c.timeZone,
    startsAt: c.startsAt,
    status: c.status,
    priceMinMinor: c.priceMinMinor,
    priceMaxMinor: c.priceMaxMinor,
    currency: c.currency,
    ticketUrl: c.ticketUrl,
    past: c.startsAt.getTime() < Date.now(),
    artist: { handle, name, avatarUrl: mediaUrl(avatarId) },
  };
}

export function listProfileConcerts(profileId: string, when: "upcoming" | "past", now = new Date()): ConcertCard[] {
  return db
    .select(select)
    .from(concerts)
    .innerJoin(profiles, eq(profiles.id, concerts.profileId))
    .where(and(eq(concerts.profileId, profileId), when === "upcoming" ? gte(concerts.startsAt, now) : lt(concerts.startsAt, now)))
    .orderBy(when === "upcoming" ? asc(concerts.startsAt) : desc(concerts.startsAt))
    .limit(20)
    .all()
    .map(toCard);
}

export function getConcertsByIds(ids: string[]): Map<string, ConcertCard> {
  if (!ids.length) return new Map();
  return new Map(db.select(select).from(concerts).innerJoin(profiles, eq(profiles.id, concerts.profileId)).where(inArray(concerts.id, ids)).all().map((r) => [r.c.id, toCard(r)]));
}

/** `interestedCount` is for the artist's managers only: pages decide whether to show it. */
/** The bill in order; linked acts carry their handle. */
function lineupOf(concertId: string): { name: string; handle: string | null }[] {
  return db
    .select({ name: concertLineup.name, handle: profiles.handle })
    .from(concertLineup)
    .leftJoin(profiles, eq(profiles.id, concertLineup.profileId))
    .where(eq(concertLineup.concertId, concertId))
    .orderBy(asc(concertLineup.position))
    .all();
}

export type ConcertPage = ConcertCard & { address: string; lineup: { name: string; handle: string | null }[]; updatedAt: Date; artistProfileId: string; interestedCount: number };

export function getConcertPage(id: string): ConcertPage | null {
  const row = db.select(select).from(concerts).innerJoin(profiles, eq(profiles.id, concerts.profileId)).where(eq(concerts.id, id)).get();
  if (!row) return null;
  const lineup = lineupOf(id);
  return { ...toCard(row), address: row.c.address, lineup, updatedAt: row.c.updatedAt, artistProfileId: row.c.profileId, interestedCount: row.c.interestedCount };
}

/** Upcoming and recent shows of one artist, for the subscribable calendar. */
export function listCalendarConcerts(profileId: string, now = new Date()) {
  return db
    .select()
    .from(concerts)
    .where(and(eq(concerts.profileId, profileId), gte(concerts.startsAt, new Date(now.getTime() - 30 * 86_400_000))))
    .orderBy(asc(concerts.startsAt))
    .limit(200)
    .all();
}

export type StudioConcert = ConcertCard & { interestedCount: number };

/** A page's shows for its managers: upcoming first, then the last 20 past ones, with interest counts. */
export function listStudioConcerts(profileId: string, now = new Date()): StudioConcert[] {
  const rows = (when: "upcoming" | "past") =>
    db
      .select(select)
      .from(concerts)
      .innerJoin(profiles, eq(profiles.id, concerts.profileId))
      .where(and(eq(concerts.profileId, profileId), when === "upcoming" ? gte(concerts.startsAt, now) : lt(concerts.startsAt, now)))
      .orderBy(when === "upcoming" ? asc(concerts.startsAt) : desc(concerts.startsAt))
      .limit(when === "upcoming" ? 100 : 20)
      .all()
      .map((r) => ({ ...toCard(r), interestedCount: r.c.interestedCount }));
  return [...rows("upcoming"), ...rows("past")];
}

/** One show of one page, as the strings its edit form starts from. Null when it is not that page's. */
export function getConcertForEdit(concertId: string, profileId: string) {
  const c = db.select().from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, profileId))).get();
  if (!c) return null;
  const lineup = lineupOf(concertId);
  const currency = c.currency ?? "EUR";
  const amount = (minor: number | null) => (minor == null ? "" : amountText(minor, currency));
  return {
    concert: c,
    past: c.startsAt.getTime() < Date.now(),
    values: {
      venueName: c.venueName,
      address: c.address,
      city: c.city,
      country: c.country,
      timeZone: c.timeZone,
      startsLocal: utcToZonedInput(c.startsAt, c.timeZone),
      ticketUrl: c.ticketUrl ?? "",
      priceMin: amount(c.priceMinMinor),
      priceMax: amount(c.priceMaxMinor),
      currency,
      lineup: lineup.map((l) => (l.handle ? `@${l.handle}` : l.name)).join(", "),
    },
  };
}

export function isInterested(concertId: string, profileId: string): boolean {
  return !!db.select({ c: concertInterests.concertId }).from(concertInterests).where(and(eq(concertInterests.concertId, concertId), eq(concertInterests.profileId, profileId))).get();
}

export type ConcertSearch = { city: string; from: string; to: string; genre: string; followerId: string | null; near: { city: string | null; country: string | null }; limit: number };

/** The venue-local calendar day of a show, "2027-05-31". */
const venueDay = (c: ConcertCard) => utcToZonedInput(c.startsAt, c.timeZone).slice(0, 10);
/** Venue days run up to 14 hours either side of UTC days. */
const ZONE_SLACK = 14 * 3_600_000;

/**
 * Upcoming shows for /concerts: the viewer's city first, then their country,
 * then by date. Date filters are venue-local days: SQL narrows to a window
 * widened by the largest zone offset, then the exact day is checked per row.
 */
export function findConcerts(q: ConcertSearch, now = new Date()): { concerts: ConcertCard[]; more: boolean } {
  const conditions = [gte(concerts.startsAt, q.from ? new Date(Math.max(now.getTime(), Date.parse(`${q.from}T00:00:00Z`) - ZONE_SLACK)) : now)];
  if (q.to) conditions.push(lt(concerts.startsAt, new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000 + ZONE_SLACK)));
  // Accents folded by the search index: "sao paulo" finds São Paulo, as search does elsewhere.
  const city = q.city ? cityMatchExpression(q.city) : null;
  if (city) conditions.push(sql`${concerts}.rowid IN (SELECT rowid FROM concerts_fts WHERE concerts_fts MATCH ${city})`);
  if (q.genre) conditions.push(sql`EXISTS (SELECT 1 FROM profile_genres g WHERE g.profile_id = ${concerts.profileId} AND g.genre = ${q.genre.toLowerCase()})`);
  if (q.followerId) conditions.push(sql`EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ${q.followerId} AND f.followee_id = ${concerts.profileId})`);
  const rank = sql`CASE WHEN lower(${concerts.city}) = lower(${q.near.city ?? ""}) THEN 0 WHEN ${concerts.country} = ${q.near.country ?? ""} THEN 1 ELSE 2 END`;
  const rows = db
    .select(select)
    .from(concerts)
    .innerJoin(profiles, eq(profiles.id, concerts.profileId))
    .where(and(...conditions))
    .orderBy(rank, asc(concerts.startsAt), asc(concerts.id))
    .limit(q.limit * 2 + 1)
    .all()
    .map(toCard)
    .filter((c) => (!q.from || venueDay(c) >= q.from) && (!q.to || venueDay(c) <= q.to));
  return { concerts: rows.slice(0, q.limit), more: rows.length > q.limit };
}

/** Cities and artist genres that have upcoming shows, for the filter pickers. */
export function concertFilterOptions(now = new Date()): { cities: string[]; genres: string[] } {
  const cities = db.selectDistinct({ city: concerts.city }).from(concerts).where(gte(concerts.startsAt, now)).orderBy(asc(concerts.city)).limit(300).all().map((r) => r.city);
  const genres = db
    .selectDistinct({ genre: profileGenres.genre })
    .from(profileGenres)
    .innerJoin(concerts, eq(concerts.profileId, profileGenres.profileId))
    .where(gte(concerts.startsAt, now))
    .orderBy(asc(profileGenres.genre))
    .limit(200)
    .all()
    .map((r) => r.genre);
  return { cities, genres };
}
