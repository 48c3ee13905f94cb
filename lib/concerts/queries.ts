import "server-only";
import { and, asc, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { db } from "@/db";
import { concertInterests, concertLineup, concerts, profileGenres, profiles } from "@/db/schema";
import { amountText } from "@/lib/money";
import { interestByCity } from "./interest";
import * as listings from "./listings";
import { cardSelect as select, toCard, type CalendarConcert, type ConcertCard, type ConcertSearch } from "./listings";
import { utcToZonedInput } from "./time";

export type { CalendarConcert, ConcertCard, ConcertSearch } from "./listings";

/** A profile's shows: its own and those its "@handle" is on the bill of. */
export async function listProfileConcerts(profileId: string, when: "upcoming" | "past", now = new Date()): Promise<ConcertCard[]> {
  return await listings.listProfileConcerts(db, profileId, when, now);
}

export async function listInterestedConcerts(profileId: string, now = new Date()) {
  return await listings.listInterestedConcerts(db, profileId, now);
}

export async function getConcertsByIds(ids: string[]): Promise<Map<string, ConcertCard>> {
  if (!ids.length) return new Map();
  return new Map((await db.select(select).from(concerts).innerJoin(profiles, eq(profiles.id, concerts.profileId)).where(inArray(concerts.id, ids))).map((r) => [r.c.id, toCard(r)]));
}

/** `interestedCount` is for the artist's managers only: pages decide whether to show it. */
/** The bill in order; linked acts carry their handle. */
async function lineupOf(concertId: string): Promise<{ name: string; handle: string | null }[]> {
  return await db
    .select({ name: concertLineup.name, handle: profiles.handle })
    .from(concertLineup)
    .leftJoin(profiles, eq(profiles.id, concertLineup.profileId))
    .where(eq(concertLineup.concertId, concertId))
    .orderBy(asc(concertLineup.position));
}

export type ConcertPage = ConcertCard & { address: string; lineup: { name: string; handle: string | null }[]; updatedAt: Date; sequence: number; artistProfileId: string; interestedCount: number };

export async function getConcertPage(id: string): Promise<ConcertPage | null> {
  const row = (await db.select(select).from(concerts).innerJoin(profiles, eq(profiles.id, concerts.profileId)).where(eq(concerts.id, id)).limit(1))[0];
  if (!row) return null;
  const lineup = await lineupOf(id);
  return { ...toCard(row), address: row.c.address, lineup, updatedAt: row.c.updatedAt, sequence: row.c.sequence, artistProfileId: row.c.profileId, interestedCount: row.c.interestedCount };
}

/** Upcoming and recent shows a profile plays, for its subscribable calendar. */
export async function listCalendarConcerts(profileId: string, now = new Date()): Promise<CalendarConcert[]> {
  return await listings.listCalendarConcerts(db, profileId, now);
}

export type StudioConcert = ConcertCard & { interestedCount: number };

/** A page's shows for its managers: upcoming first, then the last 20 past ones, with interest counts. */
export async function listStudioConcerts(profileId: string, now = new Date()): Promise<StudioConcert[]> {
  const rows = async (when: "upcoming" | "past") =>
    (await db
      .select(select)
      .from(concerts)
      .innerJoin(profiles, eq(profiles.id, concerts.profileId))
      .where(and(eq(concerts.profileId, profileId), when === "upcoming" ? gte(concerts.startsAt, now) : lt(concerts.startsAt, now)))
      .orderBy(when === "upcoming" ? asc(concerts.startsAt) : desc(concerts.startsAt))
      .limit(when === "upcoming" ? 100 : 20))
      .map((r) => ({ ...toCard(r), interestedCount: r.c.interestedCount }));
  return [...(await rows("upcoming")), ...(await rows("past"))];
}

/** Where a show's interested people live, by city (Studio; counts only). */
export async function getInterestByCity(concertId: string) {
  return await interestByCity(db, concertId);
}

/** One show of one page, as the strings its edit form starts from. Null when it is not that page's. */
export async function getConcertForEdit(concertId: string, profileId: string) {
  const c = (await db.select().from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, profileId))).limit(1))[0];
  if (!c) return null;
  const lineup = await lineupOf(concertId);
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

/** The profile whose show this is (null when there is no such show). */
export async function concertArtist(concertId: string): Promise<string | null> {
  return (await db.select({ p: concerts.profileId }).from(concerts).where(eq(concerts.id, concertId)).limit(1))[0]?.p ?? null;
}

export async function isInterested(concertId: string, profileId: string): Promise<boolean> {
  return !!(await db.select({ c: concertInterests.concertId }).from(concertInterests).where(and(eq(concertInterests.concertId, concertId), eq(concertInterests.profileId, profileId))).limit(1))[0];
}

/** Upcoming shows for /concerts, in distance groups from the viewer (see listings.ts). */
export async function findConcerts(q: ConcertSearch, now = new Date()): Promise<{ concerts: ConcertCard[]; more: boolean }> {
  return await listings.findConcerts(db, q, now);
}

/** Cities and artist genres that have upcoming shows, for the filter pickers. */
export async function concertFilterOptions(now = new Date()): Promise<{ cities: string[]; genres: string[] }> {
  const cities = (await db.selectDistinct({ city: concerts.city }).from(concerts).where(gte(concerts.startsAt, now)).orderBy(asc(concerts.city)).limit(300)).map((r) => r.city);
  const genres = (await db
    .selectDistinct({ genre: profileGenres.genre })
    .from(profileGenres)
    .innerJoin(concerts, eq(concerts.profileId, profileGenres.profileId))
    .where(gte(concerts.startsAt, now))
    .orderBy(asc(profileGenres.genre))
    .limit(200))
    .map((r) => r.genre);
  return { cities, genres };
}
