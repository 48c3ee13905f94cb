import { and, eq, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, blocks, followEvents, follows, notifications, profiles, type NotifyLevel } from "@/db/schema";

export type FollowSource = "app" | "embed" | "discovery" | "search";

export type FollowResult =
  | { ok: true; following: boolean; followerCount: number; changed: boolean }
  | { ok: false; reason: "self" | "not_found" | "blocked"; message: string };

const MESSAGES = {
  self: "You cannot follow yourself.",
  not_found: "That profile does not exist.",
  blocked: "You cannot follow this profile.",
} as const;

/**
 * Follow or unfollow in one synchronous transaction. Idempotent: a second
 * follow (double click, another tab) changes nothing, and the counters move
 * only when a row was really inserted or deleted, so they stay exact.
 */
export function setFollow(
  database: ChorusDb,
  input: { followerId: string; followeeId: string; follow: boolean; source?: FollowSource; sourceOrigin?: string | null; now?: Date },
): FollowResult {
  return database.transaction((tx) => {
    const followee = tx.select({ id: profiles.id, ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, input.followeeId)).get();
    const follower = tx.select({ id: profiles.id, ownerId: profiles.ownerId, kind: profiles.kind }).from(profiles).where(eq(profiles.id, input.followerId)).get();
    if (!followee || !follower) return { ok: false, reason: "not_found", message: MESSAGES.not_found };
    // Your own listener profile cannot follow you, nor any page you manage.
    if (followee.ownerId === follower.ownerId) return { ok: false, reason: "self", message: MESSAGES.self };

    let changed = false;
    if (input.follow) {
      const blocked = tx.select({ b: blocks.blockerId }).from(blocks).where(and(eq(blocks.blockerId, followee.id), eq(blocks.blockedId, follower.id))).get();
      if (blocked) return { ok: false, reason: "blocked", message: MESSAGES.blocked };
      const now = input.now ?? new Date();
      const inserted = tx
        .insert(follows)
        .values({ followerId: follower.id, followeeId: followee.id, source: input.source ?? "app", sourceOrigin: input.sourceOrigin ?? null, createdAt: now })
        .onConflictDoNothing()
        .run();
      changed = inserted.changes === 1;
      if (changed) {
        tx.update(profiles).set({ followerCount: sql`${profiles.followerCount} + 1` }).where(eq(profiles.id, followee.id)).run();
        tx.update(profiles).set({ followingCount: sql`${profiles.followingCount} + 1` }).where(eq(profiles.id, follower.id)).run();
        tx.insert(notifications).values({ recipientId: followee.id, type: "new_follower", actorId: follower.id, objectType: "profile", objectId: follower.id, text: "started following you", createdAt: now }).run();
        if (follower.kind === "listener") {
          tx.insert(activities).values({ actorId: follower.id, verb: "followed", objectType: "profile", objectId: followee.id, groupKey: `followed:${followee.id}`, createdAt: now }).run();
        }
      }
    } else {
      const deleted = tx.delete(follows).where(and(eq(follows.followerId, follower.id), eq(follows.followeeId, followee.id))).run();
      changed = deleted.changes === 1;
      if (changed) {
        tx.insert(followEvents).values({ followerId: follower.id, followeeId: followee.id, kind: "unfollowed", at: input.now ?? new Date() }).run();
        tx.update(profiles).set({ followerCount: sql`max(${profiles.followerCount} - 1, 0)` }).where(eq(profiles.id, followee.id)).run();
        tx.update(profiles).set({ followingCount: sql`max(${profiles.followingCount} - 1, 0)` }).where(eq(profiles.id, follower.id)).run();
        // The "X followed Y" activity goes with the follow.
        tx.delete(activities)
          .where(and(eq(activities.actorId, follower.id), eq(activities.verb, "followed"), eq(activities.objectId, followee.id)))
          .run();
      }
    }
    const count = tx.select({ n: profiles.followerCount }).from(profiles).where(eq(profiles.id, followee.id)).get()!.n;
    return { ok: true, following: input.follow, followerCount: count, changed };
  }, { behavior: "immediate" });
}

export function isFollowing(database: ChorusDb, followerId: string, followeeId: string): boolean {
  return !!database.select({ f: follows.followerId }).from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).get();
}

/** Follows gained per embedding website: aggregate counts only. */
export function followsByOrigin(database: ChorusDb, profileId: string): { origin: string; count: number }[] {
  return database
    .select({ origin: follows.sourceOrigin, count: sql<number>`count(*)` })
    .from(follows)
    .where(and(eq(follows.followeeId, profileId), eq(follows.source, "embed")))
    .groupBy(follows.sourceOrigin)
    .orderBy(sql`count(*) desc`)
    .all()
    .map((r) => ({ origin: r.origin ?? "unknown", count: r.count }));
}

/** Changes how much a follower hears from a followed profile. Muting is recorded for the creator's aggregate stats. */
export function setNotifyLevel(database: ChorusDb, followerId: string, followeeId: string, level: NotifyLevel, now = new Date()): boolean {
  return database.transaction((tx) => {
    const current = tx.select({ level: follows.notifyLevel }).from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).get();
    if (!current) return false;
    if (current.level === level) return true;
    tx.update(follows).set({ notifyLevel: level }).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).run();
    if (level === "off") tx.insert(followEvents).values({ followerId, followeeId, kind: "muted", at: now }).run();
    return true;
  });
}

export function getNotifyLevel(database: ChorusDb, followerId: string, followeeId: string): NotifyLevel | null {
  return database.select({ level: follows.notifyLevel }).from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).get()?.level ?? null;
}
