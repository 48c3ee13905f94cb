import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb, Tx } from "@/db/client";
import { blocks, concertInterests, concertLineup, concerts, profiles } from "@/db/schema";
import { queueFederationChange } from "@/lib/federation/changes";
import { notify, pageManagerRecipients } from "@/lib/notifications/notify";
import { formatInZone } from "@/lib/time";
import { greatest } from "@/db/sql";

export type { Tx } from "@/db/client";

/**
 * Replaces a show's lineup; "@handle" entries link a Chorus profile when one
 * exists. Says whether the bill changed and which profiles it newly tags.
 */
export async function writeLineup(tx: Tx, concertId: string, lineup: string[]): Promise<{ changed: boolean; tagged: string[] }> {
  const before = await tx
    .select({ name: concertLineup.name, profileId: concertLineup.profileId })
    .from(concertLineup)
    .where(eq(concertLineup.concertId, concertId))
    .orderBy(asc(concertLineup.position));
  const handles = lineup.filter((n) => n.startsWith("@")).map((n) => n.slice(1).toLowerCase());
  const linked = new Map(
    (handles.length ? (await tx.select({ id: profiles.id, handle: profiles.handle, name: profiles.name }).from(profiles).where(inArray(sql`lower(${profiles.handle})`, handles))) : []).map((p) => [p.handle.toLowerCase(), p]),
  );
  const after = lineup.map((name) => {
    const profile = name.startsWith("@") ? linked.get(name.slice(1).toLowerCase()) : undefined;
    return { name: profile?.name ?? name, profileId: profile?.id ?? null };
  });
  if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false, tagged: [] };
  await tx.delete(concertLineup).where(eq(concertLineup.concertId, concertId));
  if (after.length) await tx.insert(concertLineup).values(after.map((act, position) => ({ concertId, position, ...act })));
  const had = new Set(before.map((b) => b.profileId));
  return { changed: true, tagged: [...new Set(after.flatMap((a) => (a.profileId && !had.has(a.profileId) ? [a.profileId] : [])))] };
}

type ShowRef = { id: string; profileId: string; venueName: string; city: string; startsAt: Date; timeZone: string };

/**
 * Tells the managers of each newly tagged page that it is on the bill, once per
 * show: removing and re-adding a tag does not ring again. Nobody is told about
 * their own show, a page they run themselves, or by a page they blocked.
 */
export async function notifyLineupTags(tx: Tx, show: ShowRef, tagged: string[], now: Date): Promise<number> {
  const headliner = (await tx.select({ ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, show.profileId)).limit(1))[0];
  if (!headliner) return 0;
  let told = 0;
  for (const pageId of tagged) {
    const page = (await tx.select({ name: profiles.name, ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, pageId)).limit(1))[0];
    if (!page || pageId === show.profileId || page.ownerId === headliner.ownerId) continue;
    const managers = await pageManagerRecipients(tx, pageId, "announce_shows");
    const blockers = new Set(
      (await tx.select({ id: blocks.blockerId }).from(blocks).where(and(eq(blocks.blockedId, show.profileId), inArray(blocks.blockerId, [pageId, ...managers])))).map((b) => b.id),
    );
    if (blockers.has(pageId)) continue;
    const recipients = managers.filter((id) => !blockers.has(id));
    const text = `put ${page.name} on the bill at ${show.venueName}, ${show.city}, ${formatInZone(show.startsAt, show.timeZone, { year: "numeric" })}`;
    told += await notify(tx, recipients, { type: "concert_lineup", actorId: show.profileId, objectType: "concert", objectId: show.id, text, at: now }, { unlessToldSince: new Date(0) });
  }
  return told;
}

/**
 * Tells every fan who marked interest; they asked to hear, so notify levels do
 * not apply. At most one notice per fan per show per day, however often the
 * show is changed (the concert page always has the latest); a cancellation,
 * which is final and happens once, is always told.
 */
async function notifyInterested(tx: Tx, concert: { id: string; profileId: string }, text: string, now: Date, final = false): Promise<number> {
  const fans = (await tx.select({ id: concertInterests.profileId }).from(concertInterests).where(eq(concertInterests.concertId, concert.id))).map((r) => r.id);
  const notice = { type: "concert_changed", actorId: concert.profileId, objectType: "concert", objectId: concert.id, text, at: now } as const;
  return await notify(tx, fans, notice, final ? {} : { unlessToldSince: new Date(now.getTime() - 86_400_000) });
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

/** A refusal's message is a key of the "errors" namespace (the mutation wrapper says it in the request's language). */
export type ManageResult = { ok: true; notified: number } | { ok: false; reason: "not_found" | "past_date" | "cancelled"; message: string };

const notFound: ManageResult = { ok: false, reason: "not_found", message: "concerts.notOnPage" };

/**
 * Saves an edit. A new date must be in the future (an unchanged past date is
 * fine, so typos on old shows can be fixed). Interested fans hear when the
 * date, time or venue moves.
 */
export async function updateConcert(database: ChorusDb, concertId: string, profileId: string, input: ConcertEdit, now = new Date()): Promise<ManageResult> {
  return await database.transaction(async (tx) => {
    const current = (await tx.select().from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, profileId))).limit(1))[0];
    if (!current) return notFound;
    const moved = current.startsAt.getTime() !== input.startsAt.getTime();
    if (moved && input.startsAt.getTime() < now.getTime()) return { ok: false, reason: "past_date", message: "concerts.pastDateKeepOld" };
    const { lineup, ...fields } = input;
    const bill = await writeLineup(tx, concertId, lineup);
    const venueChanged = current.venueName !== input.venueName || current.city !== input.city;
    const placeChanged = venueChanged || current.address !== input.address || current.country !== input.country;
    // Calendars replace an event whose SEQUENCE grew: every change they show counts, in the same statement.
    const revised = moved || placeChanged || bill.changed;
    await tx.update(concerts)
      .set({ ...fields, updatedAt: now, ...(moved && current.status === "postponed" ? { rescheduled: true } : {}), ...(revised ? { sequence: sql`${concerts.sequence} + 1` } : {}) })
      .where(eq(concerts.id, concertId));
    if (bill.tagged.length) await notifyLineupTags(tx, { ...current, ...input, id: concertId }, bill.tagged, now);
    // Followers on other servers get the changed event.
    await queueFederationChange(tx, "concert", concertId, "update");
    let notified = 0;
    if ((moved || venueChanged) && current.status !== "cancelled") {
      notified = await notifyInterested(tx, current, `moved the show to ${input.venueName}, ${input.city}, ${formatInZone(input.startsAt, input.timeZone, { year: "numeric" })}`, now);
    }
    return { ok: true, notified };
  });
}

/**
 * Postpones (optionally to a new date), cancels, or puts a postponed show back
 * on schedule. A cancelled show stays cancelled: announce a new one instead.
 */
export async function setConcertStatus(
  database: ChorusDb,
  concertId: string,
  profileId: string,
  change: { status: "postponed"; startsAt?: Date | null } | { status: "cancelled" } | { status: "scheduled" },
  now = new Date(),
): Promise<ManageResult> {
  return await database.transaction(async (tx) => {
    const current = (await tx.select().from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, profileId))).limit(1))[0];
    if (!current) return notFound;
    if (current.status === "cancelled") return { ok: false, reason: "cancelled", message: "concerts.alreadyCancelled" };
    const startsAt = change.status === "postponed" && change.startsAt ? change.startsAt : current.startsAt;
    if (change.status === "postponed" && change.startsAt && change.startsAt.getTime() < now.getTime()) {
      return { ok: false, reason: "past_date", message: "concerts.newDatePast" };
    }
    const rescheduled = change.status === "postponed" ? !!change.startsAt : change.status === "cancelled" ? current.rescheduled : false;
    const revised = change.status !== current.status || startsAt.getTime() !== current.startsAt.getTime() || rescheduled !== current.rescheduled;
    await tx.update(concerts)
      .set({ status: change.status, startsAt, rescheduled, updatedAt: now, ...(revised ? { sequence: sql`${concerts.sequence} + 1` } : {}) })
      .where(eq(concerts.id, concertId));
    if (revised) await queueFederationChange(tx, "concert", concertId, "update");
    const where = `${current.venueName}, ${current.city}`;
    const text =
      change.status === "cancelled"
        ? `cancelled the show at ${where}`
        : change.status === "postponed"
          ? change.startsAt
            ? `postponed the show at ${where} to ${formatInZone(startsAt, current.timeZone, { year: "numeric" })}`
            : `postponed the show at ${where}; a new date will be announced`
          : `the show at ${where} is back on, ${formatInZone(startsAt, current.timeZone, { year: "numeric" })}`;
    const notified = current.status === change.status && change.status !== "postponed" ? 0 : (await notifyInterested(tx, current, text, now, change.status === "cancelled"));
    return { ok: true, notified };
  });
}

/** Marks or unmarks interest; one row per fan, counter kept exact in the same transaction. */
export async function setInterest(database: ChorusDb, concertId: string, profileId: string, interested: boolean): Promise<{ ok: true; interested: boolean; count: number } | { ok: false; message: string }> {
  return await database.transaction(async (tx) => {
    const concert = (await tx.select({ id: concerts.id, ownerProfile: concerts.profileId }).from(concerts).where(eq(concerts.id, concertId)).limit(1))[0];
    if (!concert) return { ok: false as const, message: "concerts.notFound" };
    const changed = interested
      ? (await tx.insert(concertInterests).values({ concertId, profileId }).onConflictDoNothing()).changes
      : (await tx.delete(concertInterests).where(and(eq(concertInterests.concertId, concertId), eq(concertInterests.profileId, profileId)))).changes;
    if (changed) await tx.update(concerts).set({ interestedCount: greatest(0, sql`${concerts.interestedCount} + ${interested ? 1 : -1}`) }).where(eq(concerts.id, concertId));
    const count = (await tx.select({ n: concerts.interestedCount }).from(concerts).where(eq(concerts.id, concertId)).limit(1))[0]!.n;
    return { ok: true as const, interested, count };
  });
}
