import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { concertInterests, concertLineup, concerts, profiles } from "@/db/schema";
import { newId } from "@/lib/ids";
import { formatInZone } from "@/lib/time";

type Tx = Parameters<Parameters<ChorusDb["transaction"]>[0]>[0];

/** Replaces a show's lineup; "@handle" entries link a Chorus profile when one exists. */
export function writeLineup(tx: Tx, concertId: string, lineup: string[]): void {
  tx.delete(concertLineup).where(eq(concertLineup.concertId, concertId)).run();
  const handles = lineup.filter((n) => n.startsWith("@")).map((n) => n.slice(1).toLowerCase());
  const linked = new Map(
    (handles.length ? tx.select({ id: profiles.id, handle: profiles.handle, name: profiles.name }).from(profiles).where(inArray(sql`lower(${profiles.handle})`, handles)).all() : []).map((p) => [p.handle.toLowerCase(), p]),
  );
  lineup.forEach((name, position) => {
    const profile = name.startsWith("@") ? linked.get(name.slice(1).toLowerCase()) : undefined;
    tx.insert(concertLineup).values({ concertId, position, profileId: profile?.id ?? null, name: profile?.name ?? name }).run();
  });
}

/**
 * Tells every fan who marked interest; they asked to hear, so notify levels do
 * not apply. At most one notice per fan per show per day, however often the
 * show is changed (the concert page always has the latest); a cancellation,
 * which is final and happens once, is always told.
 */
function notifyInterested(tx: Tx, concert: { id: string; profileId: string }, text: string, now: Date, final = false): number {
  const since = final ? now.getTime() + 1 : now.getTime() - 86_400_000;
  return tx.run(sql`
    INSERT INTO notifications (id, recipient_id, type, actor_id, object_type, object_id, text, created_at)
    SELECT ${newId()} || '-' || i.profile_id, i.profile_id, 'concert_changed', ${concert.profileId}, 'concert', ${concert.id}, ${text}, ${now.getTime()}
    FROM concert_interests i WHERE i.concert_id = ${concert.id}
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = i.profile_id AND n.type = 'concert_changed' AND n.object_id = ${concert.id}
        AND n.created_at > ${since})`).changes;
}

export type ConcertEdit = {
  venueName: string;
  address: string;
  city: string;
  country: string;
  timeZone: string;
  startsAt: Date;
  ticketUrl: string | null;
  priceMinMinor: number | null;
  priceMaxMinor: number | null;
  currency: string;
  lineup: string[];
};

export type ManageResult = { ok: true; notified: number } | { ok: false; reason: "not_found" | "past_date" | "cancelled"; message: string };

const notFound: ManageResult = { ok: false, reason: "not_found", message: "That show does not exist on this page." };

/**
 * Saves an edit. A new date must be in the future (an unchanged past date is
 * fine, so typos on old shows can be fixed). Interested fans hear when the
 * date, time or venue moves.
 */
export function updateConcert(database: ChorusDb, concertId: string, profileId: string, input: ConcertEdit, now = new Date()): ManageResult {
  return database.transaction((tx) => {
    const current = tx.select().from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, profileId))).get();
    if (!current) return notFound;
    const moved = current.startsAt.getTime() !== input.startsAt.getTime();
    if (moved && input.startsAt.getTime() < now.getTime()) return { ok: false, reason: "past_date", message: "That date is in the past. Pick a future date or keep the old one." };
    const { lineup, ...fields } = input;
    tx.update(concerts).set({ ...fields, updatedAt: now }).where(eq(concerts.id, concertId)).run();
    writeLineup(tx, concertId, lineup);
    const venueChanged = current.venueName !== input.venueName || current.city !== input.city;
    let notified = 0;
    if ((moved || venueChanged) && current.status !== "cancelled") {
      notified = notifyInterested(tx, current, `moved the show to ${input.venueName}, ${input.city}, ${formatInZone(input.startsAt, input.timeZone, { year: "numeric" })}`, now);
    }
    return { ok: true, notified };
  });
}

/**
 * Postpones (optionally to a new date), cancels, or puts a postponed show back
 * on schedule. A cancelled show stays cancelled: announce a new one instead.
 */
export function setConcertStatus(
  database: ChorusDb,
  concertId: string,
  profileId: string,
  change: { status: "postponed"; startsAt?: Date | null } | { status: "cancelled" } | { status: "scheduled" },
  now = new Date(),
): ManageResult {
  return database.transaction((tx) => {
    const current = tx.select().from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, profileId))).get();
    if (!current) return notFound;
    if (current.status === "cancelled") return { ok: false, reason: "cancelled", message: "This show is cancelled. Announce a new show instead." };
    const startsAt = change.status === "postponed" && change.startsAt ? change.startsAt : current.startsAt;
    if (change.status === "postponed" && change.startsAt && change.startsAt.getTime() < now.getTime()) {
      return { ok: false, reason: "past_date", message: "The new date is in the past. Pick a future date, or leave it empty for “date to be announced”." };
    }
    tx.update(concerts).set({ status: change.status, startsAt, updatedAt: now }).where(eq(concerts.id, concertId)).run();
    const where = `${current.venueName}, ${current.city}`;
    const text =
      change.status === "cancelled"
        ? `cancelled the show at ${where}`
        : change.status === "postponed"
          ? change.startsAt
            ? `postponed the show at ${where} to ${formatInZone(startsAt, current.timeZone, { year: "numeric" })}`
            : `postponed the show at ${where}; a new date will be announced`
          : `the show at ${where} is back on, ${formatInZone(startsAt, current.timeZone, { year: "numeric" })}`;
    const notified = current.status === change.status && change.status !== "postponed" ? 0 : notifyInterested(tx, current, text, now, change.status === "cancelled");
    return { ok: true, notified };
  });
}

/** Marks or unmarks interest; one row per fan, counter kept exact in the same transaction. */
export function setInterest(database: ChorusDb, concertId: string, profileId: string, interested: boolean): { ok: true; interested: boolean; count: number } | { ok: false; message: string } {
  return database.transaction((tx) => {
    const concert = tx.select({ id: concerts.id, ownerProfile: concerts.profileId }).from(concerts).where(eq(concerts.id, concertId)).get();
    if (!concert) return { ok: false as const, message: "That show does not exist." };
    const changed = interested
      ? tx.insert(concertInterests).values({ concertId, profileId }).onConflictDoNothing().run().changes
      : tx.delete(concertInterests).where(and(eq(concertInterests.concertId, concertId), eq(concertInterests.profileId, profileId))).run().changes;
    if (changed) tx.update(concerts).set({ interestedCount: sql`max(0, ${concerts.interestedCount} + ${interested ? 1 : -1})` }).where(eq(concerts.id, concertId)).run();
    const count = tx.select({ n: concerts.interestedCount }).from(concerts).where(eq(concerts.id, concertId)).get()!.n;
    return { ok: true as const, interested, count };
  });
}
