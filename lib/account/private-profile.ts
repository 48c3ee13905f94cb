import { and, asc, eq, isNull, notExists, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { followerApprovals, follows, profiles } from "@/db/schema";
import { setFollow } from "@/lib/follows/follow";
import { mediaUrl } from "@/lib/media/urls";

/**
 * A private listener profile: anyone may follow it, but what it does (shares,
 * follows, playlist changes) reaches only the followers it approved
 * (lib/feed/feed.ts). Turning it on approves everyone already following, so
 * nobody loses what they saw; later followers wait in Follow requests.
 */
export async function setPrivateProfile(database: ChorusDb, profileId: string, isPrivate: boolean, now = new Date()): Promise<void> {
  await database.transaction(async (tx) => {
    await tx.update(profiles).set({ isPrivate }).where(and(eq(profiles.id, profileId), eq(profiles.kind, "listener")));
    if (!isPrivate) return;
    const current = await tx.select({ id: follows.followerId }).from(follows).where(eq(follows.followeeId, profileId));
    for (const f of current) await tx.insert(followerApprovals).values({ profileId, followerId: f.id, createdAt: now }).onConflictDoNothing();
  });
}

/** Followers still waiting for approval, oldest first. */
export async function followRequests(database: Pick<ChorusDb, "select">, profileId: string) {
  const rows = await database
    .select({ id: profiles.id, handle: profiles.handle, name: profiles.name, kind: profiles.kind, avatarId: profiles.avatarId, since: follows.createdAt })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, follows.followerId))
    .where(
      and(
        eq(follows.followeeId, profileId),
        isNull(profiles.deletedAt),
        notExists(database.select({ one: sql`1` }).from(followerApprovals).where(and(eq(followerApprovals.profileId, profileId), eq(followerApprovals.followerId, follows.followerId)))),
      ),
    )
    .orderBy(asc(follows.createdAt))
    .limit(200);
  return rows.map(({ avatarId, ...r }) => ({ ...r, avatarUrl: mediaUrl(avatarId) }));
}

/** Approve a follower (they start seeing this profile's activity) or remove them (they stop following, and are not told). */
export async function answerFollowRequest(database: ChorusDb, profileId: string, followerId: string, approve: boolean, now = new Date()): Promise<{ ok: boolean; message: string }> {
  const following = (await database.select({ at: follows.createdAt }).from(follows).where(and(eq(follows.followeeId, profileId), eq(follows.followerId, followerId))).limit(1))[0];
  if (!following) return { ok: false, message: "account.noLongerFollows" };
  if (approve) {
    await database.insert(followerApprovals).values({ profileId, followerId, createdAt: now }).onConflictDoNothing();
    return { ok: true, message: "account.followerApproved" };
  }
  await setFollow(database, { followerId, followeeId: profileId, follow: false, now });
  return { ok: true, message: "account.followerRemoved" };
}
