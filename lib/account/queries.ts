import "server-only";
import { eq } from "drizzle-orm";
import { profiles, users } from "@/db/schema";
import { getTranslations } from "next-intl/server";
import { standingNotice } from "@/lib/auth/standing";
import { db } from "@/db";
import { blockedAndMuted, accountSettings, isMuted, latestExport } from "./settings";
import { pageFates } from "./deletion";
import { peekEmailToken } from "./email-tokens";
import { followRequests } from "./private-profile";

export async function getAccountSettings(userId: string) {
  return accountSettings(db, userId);
}

export async function getBlockedAndMuted(profileId: string) {
  return blockedAndMuted(db, profileId);
}

export async function getLatestExport(userId: string) {
  const row = await latestExport(db, userId);
  if (!row) return null;
  const expired = row.expiresAt ? row.expiresAt.getTime() < Date.now() : false;
  return { id: row.id, status: row.status, progress: row.progress, sizeBytes: row.sizeBytes, error: row.error, createdAt: row.createdAt, expiresAt: row.expiresAt, expired };
}
export type ExportView = NonNullable<Awaited<ReturnType<typeof getLatestExport>>>;

export async function getPageFates(userId: string) {
  return pageFates(db, userId);
}

export async function isResetLinkValid(token: string | undefined): Promise<boolean> {
  return !!(await peekEmailToken(db, token, "password_reset"));
}

export async function emailChangeTarget(token: string | undefined): Promise<string | null> {
  return (await peekEmailToken(db, token, "email_change"))?.newEmail ?? null;
}

export async function isMutedBy(muterId: string, mutedId: string): Promise<boolean> {
  return isMuted(db, muterId, mutedId);
}

/** "This account is suspended" (in the request's language) for a profile whose owner is suspended or banned; else null. */
export async function getStandingNotice(profileId: string): Promise<string | null> {
  const owner = (await db.select({ suspendedUntil: users.suspendedUntil, bannedAt: users.bannedAt }).from(profiles).innerJoin(users, eq(users.id, profiles.ownerId)).where(eq(profiles.id, profileId)).limit(1))[0];
  if (!owner || !standingNotice(owner)) return null;
  return (await getTranslations("errors"))(owner.bannedAt ? "account.bannedNotice" : "account.suspendedNotice");
}

export async function getFollowRequests(profileId: string) {
  return followRequests(db, profileId);
}
