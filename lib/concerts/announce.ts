import { sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, concerts } from "@/db/schema";
import { newId } from "@/lib/ids";
import { writeLineup, type ConcertEdit } from "./manage";

export type NewConcert = ConcertEdit & { profileId: string };

/**
 * Announces a show: the concert, its lineup (linked to Chorus profiles when a
 * name is "@handle"), the activity, and a "concert near you" notification for
 * followers in the same city or country whose level lets highlights through.
 */
export function announceConcert(database: ChorusDb, input: NewConcert, now = new Date(), notify = true): { id: string; notified: number } {
  return database.transaction((tx) => {
    const id = newId();
    tx.insert(concerts).values({ id, profileId: input.profileId, venueName: input.venueName, address: input.address, city: input.city, country: input.country, timeZone: input.timeZone, startsAt: input.startsAt, ticketUrl: input.ticketUrl, priceMinMinor: input.priceMinMinor, priceMaxMinor: input.priceMaxMinor, currency: input.currency, createdAt: now, updatedAt: now }).run();
    writeLineup(tx, id, input.lineup);
    tx.insert(activities).values({ actorId: input.profileId, verb: "concert_announced", objectType: "concert", objectId: id, groupKey: `concert:${id}`, highlight: true, createdAt: now }).run();
    if (!notify) return { id, notified: 0 };
    const notified = tx.run(sql`
      INSERT INTO notifications (id, recipient_id, type, actor_id, object_type, object_id, text, created_at)
      SELECT ${newId()} || '-' || f.follower_id, f.follower_id, 'concert_near_you', ${input.profileId}, 'concert', ${id}, ${`plays ${input.venueName}, ${input.city}`}, ${now.getTime()}
      FROM follows f JOIN profiles p ON p.id = f.follower_id
      WHERE f.followee_id = ${input.profileId} AND f.notify_level != 'off'
        AND (lower(coalesce(p.city, '')) = lower(${input.city}) OR p.country = ${input.country})`).changes;
    return { id, notified };
  });
}
