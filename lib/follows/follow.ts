import { and, eq, isNull, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, blocks, followEvents, follows, notifications, profiles, type NotifyLevel, followerApprovals } from "@/db/schema";
import { countAll, greatest } from "@/db/sql";
import { countFollow } from "@/lib/studio/rollups";

export type FollowSource = "app" | "embed" | "discovery" | "search";

export type FollowResult =
  | { ok: true; following: boolean; followerCount: number; changed: boolean }
  | { ok: false; reason: "self" | "not_found" | "blocked"; message: string };

/** Keys of the "errors" namespace (the mutation wrapper says them in the request's language). */
const MESSAGES = {
  self: "follows.cannotFollowSelf",
  not_found: "common.profileNotFound",
  blocked: "follows.cannotFollow",
} as const;

/**
 * Follow or unfollow in one synchronous transaction. Idempotent: a second
 * follow (double click, another tab) changes nothing, and the counters move
 * only when a row was really inserted or deleted, so they stay exact.
 */
export async function setFollow(
  database: ChorusDb,
  input: { followerId: string; followeeId: string; follow: boolean; source?: FollowSource; sourceOrigin?: string | null; now?: Date },
): Promise<FollowResult> {
  return await database.transaction(async (tx) => {
    // A deleted page cannot be followed (unfollowing it is moot: deleting removed its follows).
    const followee = (await tx.select({ id: profiles.id, ownerId: profiles.ownerId }).from(profiles).where(and(eq(profiles.id, input.followeeId), isNull(profiles.deletedAt))).limit(1))[0];
    const follower = (await tx.select({ id: profiles.id, ownerId: profiles.ownerId, kind: profiles.kind }).from(profiles).where(eq(profiles.id, input.followerId)).limit(1))[0];
    if (!followee || !follower) return { ok: false, reason: "not_found", message: MESSAGES.not_found };
    // Your own listener profile cannot follow you, nor any page you manage.
    if (followee.ownerId === follower.ownerId) return { ok: false, reason: "self", message: MESSAGES.self };

    let changed = false;
    if (input.follow) {
      const blocked = (await tx.select({ b: blocks.blockerId }).from(blocks).where(and(eq(blocks.blockerId, followee.id), eq(blocks.blockedId, follower.id))).limit(1))[0];
      if (blocked) return { ok: false, reason: "blocked", message: MESSAGES.blocked };
      const now = input.now ?? new Date();
      const inserted = await tx
        .insert(follows)
        .values({ followerId: follower.id, followeeId: followee.id, source: input.source ?? "app", sourceOrigin: input.sourceOrigin ?? null, createdAt: now })
        .onConflictDoNothing();
      changed = inserted.changes === 1;
      if (changed) {
        await countFollow(tx, { followerId: follower.id, followeeId: followee.id, follow: true, source: input.source ?? "app", sourceOrigin: input.sourceOrigin, at: now });
        await tx.update(profiles).set({ followerCount: sql`${profiles.followerCount} + 1` }).where(eq(profiles.id, followee.id));
        await tx.update(profiles).set({ followingCount: sql`${profiles.followingCount} + 1` }).where(eq(profiles.id, follower.id));
        await tx.insert(notifications).values({ recipientId: followee.id, type: "new_follower", actorId: follower.id, objectType: "profile", objectId: follower.id, text: "started following you", createdAt: now });
        if (follower.kind === "listener") {
          await tx.insert(activities).values({ actorId: follower.id, verb: "followed", objectType: "profile", objectId: followee.id, groupKey: `followed:${followee.id}`, createdAt: now });
        }
      }
    } else {
      const deleted = await tx.delete(follows).where(and(eq(follows.followerId, follower.id), eq(follows.followeeId, followee.id)));
      changed = deleted.changes === 1;
      if (changed) {
        await countFollow(tx, { followerId: follower.id, followeeId: followee.id, follow: false, at: input.now ?? new Date() });
        await tx.insert(followEvents).values({ followerId: follower.id, followeeId: followee.id, kind: "unfollowed", at: input.now ?? new Date() });
        await tx.update(profiles).set({ followerCount: greatest(sql`${profiles.followerCount} - 1`, 0) }).where(eq(profiles.id, followee.id));
        await tx.update(profiles).set({ followingCount: greatest(sql`${profiles.followingCount} - 1`, 0) }).where(eq(profiles.id, follower.id));
        // A private listener's approval goes with the follow (following again asks again).
        await tx.delete(followerApprovals).where(and(eq(followerApprovals.profileId, followee.id), eq(followerApprovals.followerId, follower.id)));
        // The "X followed Y" activity goes with the follow.
        await tx.delete(activities)
          .where(and(eq(activities.actorId, follower.id), eq(activities.verb, "followed"), eq(activities.objectId, followee.id)));
      }
    }
    const count = (await tx.select({ n: profiles.followerCount }).from(profiles).where(eq(profiles.id, followee.id)).limit(1))[0]!.n;
    return { ok: true, following: input.follow, followerCount: count, changed };
  });
}

export async function isFollowing(database: ChorusDb, followerId: string, followeeId: string): Promise<boolean> {
  return !!(await database.select({ f: follows.followerId }).from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).limit(1))[0];
}

/** Follows gained per embedding website: aggregate counts only. */
export async function followsByOrigin(database: ChorusDb, profileId: string): Promise<{ origin: string; count: number }[]> {
  return (await database
    .select({ origin: follows.sourceOrigin, count: countAll() })
    .from(follows)
    .where(and(eq(follows.followeeId, profileId), eq(follows.source, "embed")))
    .groupBy(follows.sourceOrigin)
    .orderBy(sql`count(*) desc`))
    .map((r) => ({ origin: r.origin ?? "unknown", count: r.count }));
}

/** Changes how much a follower hears from a followed profile. Muting is recorded for the creator's aggregate stats. */
export async function setNotifyLevel(database: ChorusDb, followerId: string, followeeId: string, level: NotifyLevel, now = new Date()): Promise<boolean> {
  return await database.transaction(async (tx) => {
    const current = (await tx.select({ level: follows.notifyLevel }).from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).limit(1))[0];
    if (!current) return false;
    if (current.level === level) return true;
    await tx.update(follows).set({ notifyLevel: level }).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId)));
    if (level === "off") await tx.insert(followEvents).values({ followerId, followeeId, kind: "muted", at: now });
    return true;
  });
}

export async function getNotifyLevel(database: ChorusDb, followerId: string, followeeId: string): Promise<NotifyLevel | null> {
  return (await database.select({ level: follows.notifyLevel }).from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).limit(1))[0]?.level ?? null;
}
