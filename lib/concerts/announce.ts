import { sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, concerts } from "@/db/schema";
import { newId } from "@/lib/ids";
import { countryName } from "@/lib/markets/countries";
import { notify } from "@/lib/notifications/notify";
import { notifyLineupTags, writeLineup, type ConcertEdit, type Tx } from "./manage";
import { sameCity } from "./nearby";

export type NewConcert = ConcertEdit & { profileId: string };

/** Followers told about a new show: how many in all (its country), and how many of them in its city. */
export type Reach = { inCity: number; total: number };

/**
 * Followers of the page who live near the show and let highlights through:
 * in its city, or else in its country. A fan's location is their profile's,
 * falling back to the one their account signed up with (as /concerts does).
 * Only personal profiles count: a page's own bell is nobody's.
 */
export async function fansNearby(tx: Tx, show: { profileId: string; city: string; country: string }): Promise<{ id: string; inCity: boolean }[]> {
  const rows = await tx.all<{ id: string; city: string | null; country: string | null }>(sql`
    SELECT p.id AS id, coalesce(p.city, u.city) AS city, coalesce(p.country, u.country) AS country
    FROM follows f
    JOIN profiles p ON p.id = f.follower_id
    JOIN users u ON u.id = p.owner_id
    WHERE f.followee_id = ${show.profileId} AND f.notify_level != 'off' AND p.kind = 'listener'
      AND (coalesce(p.country, u.country) = ${show.country} OR coalesce(p.country, u.country) IS NULL)`);
  return rows.flatMap((r) => {
    // Accents and case folded: "Sao Paulo" lives in São Paulo. Without a country, only the city can tell.
    const inCity = sameCity(r.city, show.city);
    return r.country === show.country || inCity ? [{ id: r.id, inCity }] : [];
  });
}

/** What the announcer is told: who heard, and where ("12 fans in France were notified, 3 of them in Paris."). */
export function reachText(reach: Reach, show: { city: string; country: string }): string {
  const country = countryName(show.country);
  const fans = (n: number) => `${n} ${n === 1 ? "fan" : "fans"}`;
  const were = (n: number) => (n === 1 ? "was" : "were");
  if (reach.total === 0) return `No followers in ${country} to notify yet.`;
  if (reach.inCity === reach.total) return `${fans(reach.inCity)} in ${show.city} ${were(reach.inCity)} notified.`;
  if (reach.inCity === 0) return `${fans(reach.total)} in ${country} ${were(reach.total)} notified.`;
  return `${fans(reach.total)} in ${country} were notified, ${reach.inCity} of them in ${show.city}.`;
}

/**
 * Announces a show: the concert, its lineup (linked to Chorus profiles when a
 * name is "@handle", whose managers are told), the activity, and a "concert
 * near you" notification for followers in the same city or country whose
 * level lets highlights through.
 */
export async function announceConcert(database: ChorusDb, input: NewConcert, now = new Date(), notifyFans = true): Promise<{ id: string; notified: number; reach: Reach }> {
  return await database.transaction(async (tx) => {
    const id = newId();
    await tx.insert(concerts).values({ id, profileId: input.profileId, venueName: input.venueName, address: input.address, city: input.city, country: input.country, timeZone: input.timeZone, startsAt: input.startsAt, ticketUrl: input.ticketUrl, priceMinMinor: input.priceMinMinor, priceMaxMinor: input.priceMaxMinor, currency: input.currency, createdAt: now, updatedAt: now });
    const bill = await writeLineup(tx, id, input.lineup);
    if (bill.tagged.length) await notifyLineupTags(tx, { ...input, id }, bill.tagged, now);
    await tx.insert(activities).values({ actorId: input.profileId, verb: "concert_announced", objectType: "concert", objectId: id, groupKey: `concert:${id}`, highlight: true, createdAt: now });
    if (!notifyFans) return { id, notified: 0, reach: { inCity: 0, total: 0 } };
    const fans = await fansNearby(tx, input);
    const notified = await notify(tx, fans.map((f) => f.id), { type: "concert_near_you", actorId: input.profileId, objectType: "concert", objectId: id, text: `plays ${input.venueName}, ${input.city}`, at: now });
    return { id, notified, reach: { inCity: fans.filter((f) => f.inCity).length, total: fans.length } };
  });
}
