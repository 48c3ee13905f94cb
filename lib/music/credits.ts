import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profiles, trackCredits, tracks } from "@/db/schema";
import { getTranslations } from "next-intl/server";
import { notify, pageManagerRecipients } from "@/lib/notifications/notify";

/**
 * Featured artists on a track: the track's team names other artist or label
 * pages by handle; each is told once and shows linked on the track until that
 * page declines (a declined credit cannot be added back by the track's team).
 */
export const MAX_FEATURED = 5;

export function parseHandles(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((h) => h.replace(/^@/, "").trim()).filter(Boolean))];
}

type Track = { id: string; title: string; profileId: string };

/** Sets a track's featured artists; a refusal is said in the request's language (this runs only in requests). */
export async function setFeatured(database: ChorusDb, track: Track, handles: string[], now = new Date()): Promise<{ ok: true } | { ok: false; message: string }> {
  const errors = () => getTranslations("errors");
  if (handles.length > MAX_FEATURED) return { ok: false, message: (await errors())("music.featuredMax", { max: MAX_FEATURED }) };
  const found = handles.length
    ? await database
        .select({ id: profiles.id, handle: profiles.handle, kind: profiles.kind })
        .from(profiles)
        .where(and(inArray(sql`lower(${profiles.handle})`, handles.map((h) => h.toLowerCase())), isNull(profiles.deletedAt)))
    : [];
  const byHandle = new Map(found.map((p) => [p.handle.toLowerCase(), p]));
  const missing = handles.filter((h) => !byHandle.get(h.toLowerCase()) || byHandle.get(h.toLowerCase())!.kind === "listener");
  if (missing.length) return { ok: false, message: (await errors())("music.noSuchHandle", { handles: missing.map((h) => `@${h}`).join(", ") }) };
  const wanted = handles.map((h) => byHandle.get(h.toLowerCase())!).filter((p) => p.id !== track.profileId);
  const existing = await database.select().from(trackCredits).where(eq(trackCredits.trackId, track.id));
  const declined = wanted.filter((p) => existing.some((c) => c.profileId === p.id && c.declinedAt));
  if (declined.length) return { ok: false, message: (await errors())("music.creditDeclined", { handles: declined.map((p) => `@${p.handle}`).join(", ") }) };
  await database.transaction(async (tx) => {
    const keep = new Set(wanted.map((p) => p.id));
    for (const c of existing) if (!c.declinedAt && !keep.has(c.profileId)) await tx.delete(trackCredits).where(and(eq(trackCredits.trackId, track.id), eq(trackCredits.profileId, c.profileId)));
    for (const [position, p] of wanted.entries()) {
      const had = existing.some((c) => c.profileId === p.id);
      if (had) {
        await tx.update(trackCredits).set({ position }).where(and(eq(trackCredits.trackId, track.id), eq(trackCredits.profileId, p.id)));
        continue;
      }
      await tx.insert(trackCredits).values({ trackId: track.id, profileId: p.id, position, createdAt: now });
      await notify(tx, await pageManagerRecipients(tx, p.id, "edit"), { type: "credit", actorId: track.profileId, objectType: "track", objectId: track.id, text: `credited @${p.handle} as a featured artist on “${track.title}”. Decline it in Studio if that is wrong.`, at: now });
    }
  });
  return { ok: true };
}

export type Featured = { id: string; handle: string; name: string };

/** The featured artists each track shows (declined credits and deleted pages left out). */
export async function featuredOn(database: Pick<ChorusDb, "select">, trackIds: string[]): Promise<Map<string, Featured[]>> {
  const out = new Map<string, Featured[]>();
  if (!trackIds.length) return out;
  const rows = await database
    .select({ trackId: trackCredits.trackId, id: profiles.id, handle: profiles.handle, name: profiles.name })
    .from(trackCredits)
    .innerJoin(profiles, eq(profiles.id, trackCredits.profileId))
    .where(and(inArray(trackCredits.trackId, trackIds), isNull(trackCredits.declinedAt), isNull(profiles.deletedAt)))
    .orderBy(asc(trackCredits.position));
  for (const r of rows) out.set(r.trackId, [...(out.get(r.trackId) ?? []), { id: r.id, handle: r.handle, name: r.name }]);
  return out;
}

/** Tracks of other pages that credit this page, for it to review (and decline). */
export async function creditsOf(database: Pick<ChorusDb, "select">, profileId: string) {
  return await database
    .select({ trackId: tracks.id, title: tracks.title, by: profiles.name, byHandle: profiles.handle, createdAt: trackCredits.createdAt })
    .from(trackCredits)
    .innerJoin(tracks, eq(tracks.id, trackCredits.trackId))
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .where(and(eq(trackCredits.profileId, profileId), isNull(trackCredits.declinedAt)))
    .orderBy(asc(trackCredits.createdAt))
    .limit(100);
}

export async function declineCredit(database: ChorusDb, trackId: string, profileId: string, now = new Date()): Promise<{ ok: boolean; message: string }> {
  const done = await database.update(trackCredits).set({ declinedAt: now }).where(and(eq(trackCredits.trackId, trackId), eq(trackCredits.profileId, profileId), isNull(trackCredits.declinedAt))).returning({ t: trackCredits.trackId });
  // Keys of the "errors" namespace: the mutation wrapper says them in the request's language.
  return done.length ? { ok: true, message: "music.creditDeclinedDone" } : { ok: false, message: "music.noSuchCredit" };
}
