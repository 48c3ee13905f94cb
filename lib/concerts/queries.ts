import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { concertLineup, concerts, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

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
    artist: { handle, name, avatarUrl: mediaUrl(avatarId) },
  };
}

/** Upcoming shows, the viewer's city first, then their country, then by date. */
export function listUpcomingConcerts(opts: { city?: string | null; country?: string | null; limit?: number; now?: Date } = {}): ConcertCard[] {
  const now = opts.now ?? new Date();
  const rank = sql`CASE WHEN ${concerts.city} = ${opts.city ?? ""} THEN 0 WHEN ${concerts.country} = ${opts.country ?? ""} THEN 1 ELSE 2 END`;
  return db
    .select(select)
    .from(concerts)
    .innerJoin(profiles, eq(profiles.id, concerts.profileId))
    .where(gte(concerts.startsAt, now))
    .orderBy(rank, asc(concerts.startsAt))
    .limit(opts.limit ?? 40)
    .all()
    .map(toCard);
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

export type ConcertPage = ConcertCard & { address: string; lineup: { name: string; handle: string | null }[]; updatedAt: Date };

export function getConcertPage(id: string): ConcertPage | null {
  const row = db.select(select).from(concerts).innerJoin(profiles, eq(profiles.id, concerts.profileId)).where(eq(concerts.id, id)).get();
  if (!row) return null;
  const lineup = db
    .select({ name: concertLineup.name, handle: profiles.handle })
    .from(concertLineup)
    .leftJoin(profiles, eq(profiles.id, concertLineup.profileId))
    .where(eq(concertLineup.concertId, id))
    .orderBy(asc(concertLineup.position))
    .all();
  return { ...toCard(row), address: row.c.address, lineup, updatedAt: row.c.updatedAt };
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
