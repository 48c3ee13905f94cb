import { dropRemoteAudience, setFederates } from "@/lib/federation/opt-out";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { blocks, dataExports, impressions, mutes, profiles, users } from "@/db/schema";
import type { MessagePolicy } from "@/db/schema/enums";
import { mediaUrl } from "@/lib/media/urls";
import { isSuspended } from "@/lib/auth/standing";
import { issueEmailToken, revokeEmailTokens, spendEmailToken } from "./email-tokens";
import { setPrivateProfile } from "./private-profile";

/** What the settings pages show about the signed-in account (its own data only). */
export async function accountSettings(database: Pick<ChorusDb, "select">, userId: string) {
  const row = (await database
    .select({
      email: users.email,
      country: users.country,
      personalizationOff: users.personalizationOff,
      deleteAfter: users.deleteAfter,
      siteRole: users.siteRole,
      profileId: profiles.id,
      handle: profiles.handle,
      name: profiles.name,
      bio: profiles.bio,
      avatarId: profiles.avatarId,
      messagePolicy: profiles.messagePolicy,
      hideFollows: profiles.hideFollows,
      historyOff: profiles.historyOff,
      isPrivate: profiles.isPrivate,
      federate: profiles.federate,
    })
    .from(users)
    .innerJoin(profiles, and(eq(profiles.ownerId, users.id), eq(profiles.kind, "listener")))
    .where(eq(users.id, userId))
    .limit(1))[0];
  if (!row) return null;
  const { avatarId, ...rest } = row;
  return { ...rest, avatarUrl: mediaUrl(avatarId) };
}
export type AccountSettings = NonNullable<Awaited<ReturnType<typeof accountSettings>>>;

export async function updateListenerProfile(database: Pick<ChorusDb, "update">, profileId: string, input: { name: string; bio: string }) {
  await database.update(profiles).set({ name: input.name, bio: input.bio, updatedAt: new Date() }).where(eq(profiles.id, profileId));
}

/** Whether an address already belongs to an account (taken addresses cannot be moved to). */
export async function emailTaken(database: Pick<ChorusDb, "select">, email: string): Promise<boolean> {
  return !!(await database.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0];
}

/** A confirmation link's token for moving the account to `email`. */
export async function startEmailChange(database: ChorusDb, userId: string, email: string): Promise<string> {
  return issueEmailToken(database, userId, "email_change", email);
}

/** Spends the link and moves the account; the old address is returned so it can be told. */
export async function confirmEmailChange(database: ChorusDb, token: string): Promise<{ ok: true; oldEmail: string; newEmail: string } | { ok: false; message: string }> {
  return await database.transaction(async (tx) => {
    const spent = await spendEmailToken(tx, token, "email_change");
    if (!spent?.newEmail) return { ok: false as const, message: "account.emailLinkExpired" };
    if (await emailTaken(tx, spent.newEmail)) return { ok: false as const, message: "account.emailTakenNow" };
    const old = (await tx.select({ email: users.email, suspendedUntil: users.suspendedUntil, bannedAt: users.bannedAt, erasedAt: users.erasedAt }).from(users).where(eq(users.id, spent.userId)).limit(1))[0];
    if (!old || isSuspended(old)) return { ok: false as const, message: "account.cannotChangeEmail" };
    await tx.update(users).set({ email: spent.newEmail, emailVerified: new Date() }).where(eq(users.id, spent.userId));
    // Links sent to the old address (a password reset) stop working.
    await revokeEmailTokens(tx, spent.userId);
    return { ok: true as const, oldEmail: old.email, newEmail: spent.newEmail };
  });
}

export async function setPrivacy(
  database: ChorusDb,
  viewer: { userId: string; profileId: string },
  change: { setting: "messagePolicy"; value: MessagePolicy } | { setting: "hideFollows" | "personalizationOff" | "isPrivate" | "federate"; value: boolean },
) {
  if (change.setting === "isPrivate") {
    await setPrivateProfile(database, viewer.profileId, change.value);
    // A private profile is never an ActivityPub actor: nobody elsewhere keeps receiving it.
    if (change.value) await dropRemoteAudience(database, viewer.profileId);
  }
  else if (change.setting === "messagePolicy") await database.update(profiles).set({ messagePolicy: change.value }).where(eq(profiles.id, viewer.profileId));
  else if (change.setting === "hideFollows") await database.update(profiles).set({ hideFollows: change.value }).where(eq(profiles.id, viewer.profileId));
  else if (change.setting === "federate") await setFederates(database, viewer.profileId, change.value);
  else {
    await database.update(users).set({ personalizationOff: change.value }).where(eq(users.id, viewer.userId));
    // Off keeps nothing: what Discover learned so far goes too.
    if (change.value) await database.delete(impressions).where(eq(impressions.viewerId, viewer.profileId));
  }
}

export async function setMute(database: ChorusDb, muterId: string, mutedId: string, mute: boolean): Promise<void> {
  if (mute) await database.insert(mutes).values({ muterId, mutedId }).onConflictDoNothing();
  else await database.delete(mutes).where(and(eq(mutes.muterId, muterId), eq(mutes.mutedId, mutedId)));
}

export async function isMuted(database: Pick<ChorusDb, "select">, muterId: string, mutedId: string): Promise<boolean> {
  return !!(await database.select({ at: mutes.createdAt }).from(mutes).where(and(eq(mutes.muterId, muterId), eq(mutes.mutedId, mutedId))).limit(1))[0];
}

const listed = { id: profiles.id, handle: profiles.handle, name: profiles.name, kind: profiles.kind, avatarId: profiles.avatarId };

/** The profiles this one blocked and muted, newest first (for Settings → Blocked and muted). */
export async function blockedAndMuted(database: Pick<ChorusDb, "select">, profileId: string) {
  const [blocked, muted] = await Promise.all([
    database.select({ ...listed, since: blocks.createdAt }).from(blocks).innerJoin(profiles, eq(profiles.id, blocks.blockedId)).where(and(eq(blocks.blockerId, profileId), isNull(profiles.deletedAt))).orderBy(desc(blocks.createdAt)),
    database.select({ ...listed, since: mutes.createdAt }).from(mutes).innerJoin(profiles, eq(profiles.id, mutes.mutedId)).where(and(eq(mutes.muterId, profileId), isNull(profiles.deletedAt))).orderBy(desc(mutes.createdAt)),
  ]);
  const dto = ({ avatarId, ...p }: (typeof blocked)[number]) => ({ ...p, avatarUrl: mediaUrl(avatarId) });
  return { blocked: blocked.map(dto), muted: muted.map(dto) };
}

export async function latestExport(database: Pick<ChorusDb, "select">, userId: string) {
  return (await database.select().from(dataExports).where(eq(dataExports.userId, userId)).orderBy(desc(dataExports.createdAt), asc(dataExports.id)).limit(1))[0] ?? null;
}
