import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import type { ChorusDb } from "@/db/client";
import { handleHistory, profiles } from "@/db/schema";

/**
 * Renamed handles: the old handle keeps pointing at its profile (links and the
 * Follow buttons already pasted on websites) and nobody else may take it for
 * 30 days, so a squatter cannot inherit them.
 */
export const HANDLE_RESERVATION_MS = 30 * 24 * 60 * 60_000;

/** Null when free for this profile (or a new one); else why not, in the request's language (sign-up and Studio call it during a request). */
export async function handleUnavailable(database: ChorusDb, handle: string, profileId: string | null, now = new Date()): Promise<string | null> {
  const lower = handle.toLowerCase();
  const live = (await database.select({ id: profiles.id }).from(profiles).where(sql`lower(${profiles.handle}) = ${lower}`).limit(1))[0];
  if (live && live.id !== profileId) return (await getTranslations("errors"))("profiles.handleTaken", { handle });
  const reserved = (await database
    .select({ profileId: handleHistory.profileId })
    .from(handleHistory)
    .where(and(eq(handleHistory.handleLower, lower), gt(handleHistory.reservedUntil, now))).limit(1))[0];
  if (reserved && reserved.profileId !== profileId) return (await getTranslations("errors"))("profiles.handleRecentlyUsed", { handle });
  return null;
}

/** Records a rename inside the caller's transaction. */
export async function recordRename(database: ChorusDb, profileId: string, oldHandle: string, newHandle: string, now = new Date()): Promise<void> {
  if (oldHandle.toLowerCase() === newHandle.toLowerCase()) return;
  // Taking back an old handle of your own ends its redirect; anyone else's stale one is released.
  await database.delete(handleHistory).where(eq(handleHistory.handleLower, newHandle.toLowerCase()));
  await database
    .insert(handleHistory)
    .values({ handleLower: oldHandle.toLowerCase(), profileId, reservedUntil: new Date(now.getTime() + HANDLE_RESERVATION_MS), createdAt: now })
    .onConflictDoUpdate({ target: handleHistory.handleLower, set: { profileId, reservedUntil: new Date(now.getTime() + HANDLE_RESERVATION_MS), createdAt: now } });
}

/** The current handle of the profile that used to be called `handle`, if no one has it now. */
export async function renamedTo(database: ChorusDb, handle: string): Promise<string | null> {
  const row = (await database
    .select({ handle: profiles.handle })
    .from(handleHistory)
    .innerJoin(profiles, eq(profiles.id, handleHistory.profileId))
    .where(and(eq(handleHistory.handleLower, handle.toLowerCase()), isNull(profiles.deletedAt))).limit(1))[0];
  return row?.handle ?? null;
}
