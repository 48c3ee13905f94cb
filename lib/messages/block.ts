import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { blocks, conversationMembers, notifications, profiles } from "@/db/schema";
import { setFollow } from "@/lib/follows/follow";

export type BlockResult = { ok: true } | { ok: false; message: string };

/**
 * Block: they can no longer message or follow you. Follows both ways end
 * through the one follow writer (so the "followed" activity goes and the
 * unfollow is recorded), and their pending message requests to you are
 * declined and leave your Requests. Unblocking removes only the block.
 */
export function setBlock(database: ChorusDb, blockerId: string, blockedId: string, block: boolean): BlockResult {
  if (blockerId === blockedId) return { ok: false, message: "You cannot block yourself." };
  const target = database.select({ id: profiles.id }).from(profiles).where(eq(profiles.id, blockedId)).get();
  if (!target) return { ok: false, message: "That profile does not exist." };
  if (!block) {
    database.delete(blocks).where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId))).run();
    return { ok: true };
  }
  setFollow(database, { followerId: blockerId, followeeId: blockedId, follow: false });
  setFollow(database, { followerId: blockedId, followeeId: blockerId, follow: false });
  database.transaction((tx) => {
    tx.insert(blocks).values({ blockerId, blockedId }).onConflictDoNothing().run();
    const theirs = tx.select({ id: conversationMembers.conversationId }).from(conversationMembers).where(eq(conversationMembers.profileId, blockedId)).all().map((r) => r.id);
    if (!theirs.length) return;
    const pending = tx
      .select({ id: conversationMembers.conversationId })
      .from(conversationMembers)
      .where(and(eq(conversationMembers.profileId, blockerId), eq(conversationMembers.status, "request"), inArray(conversationMembers.conversationId, theirs)))
      .all()
      .map((r) => r.id);
    if (!pending.length) return;
    tx.update(conversationMembers)
      .set({ status: "declined" })
      .where(and(eq(conversationMembers.profileId, blockerId), inArray(conversationMembers.conversationId, pending)))
      .run();
    tx.update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${Date.now()})` })
      .where(and(eq(notifications.recipientId, blockerId), eq(notifications.type, "message"), inArray(notifications.objectId, pending)))
      .run();
  });
  return { ok: true };
}
