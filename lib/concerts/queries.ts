import "server-only";
import { and, asc, desc, eq, gte, inArray, lt } from "drizzle-orm";
import { db } from "@/db";
import { concertInterests, concertLineup, concerts, profileGenres, profiles } from "@/db/schema";
import { amountText } from "@/lib/money";
import * as listings from "./listings";
import { cardSelect as select, toCard, type CalendarConcert, type ConcertCard, type ConcertSearch } from "./listings";
import { utcToZonedInput } from "./time";

export type { CalendarConcert, ConcertCard, ConcertSearch } from "./listings";

/** A profile's shows: its own and those its "@handle" is on the bill of. */
export function listProfileConcerts(profileId: string, when: "upcoming" | "past", now = new Date()): ConcertCard[] {
  return listings.listProfileConcerts(db, profileId, when, now);
}

export function listInterestedConcerts(profileId: string, now = new Date()) {
  return listings.listInterestedConcerts(db, profileId, now);
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

export type ConcertPage = ConcertCard & { address: string; lineup: { name: string; handle: string | null }[]; updatedAt: Date; sequence: number; artistProfileId: string; interestedCount: number };

export function getConcertPage(id: string): ConcertPage | null {
  const row = db.select(select).from(concerts).innerJoin(profiles, eq(profiles.id, concerts.profileId)).where(eq(concerts.id, id)).get();
  if (!row) return null;
  const lineup = lineupOf(id);
  return { ...toCard(row), address: row.c.address, lineup, updatedAt: row.c.updatedAt, sequence: row.c.sequence, artistProfileId: row.c.profileId, interestedCount: row.c.interestedCount };
}

/** Upcoming and recent shows a profile plays, for its subscribable calendar. */
export function listCalendarConcerts(profileId: string, now = new Date()): CalendarConcert[] {
  return listings.listCalendarConcerts(db, profileId, now);
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

/** Upcoming shows for /concerts, in distance groups from the viewer (see listings.ts). */
export function findConcerts(q: ConcertSearch, now = new Date()): { concerts: ConcertCard[]; more: boolean } {
  return listings.findConcerts(db, q, now);
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
