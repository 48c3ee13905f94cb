import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { blocks, conversationMembers, notifications, profiles } from "@/db/schema";
import { setFollow } from "@/lib/follows/follow";
import { sqlTime } from "@/db/sql";

export type BlockResult = { ok: true } | { ok: false; message: string };

/**
 * Block: they can no longer message or follow you. Follows both ways end
 * through the one follow writer (so the "followed" activity goes and the
 * unfollow is recorded), and their pending message requests to you are
 * declined and leave your Requests. Unblocking removes only the block.
 */
export async function setBlock(database: ChorusDb, blockerId: string, blockedId: string, block: boolean): Promise<BlockResult> {
  if (blockerId === blockedId) return { ok: false, message: "messages.cannotBlockSelf" };
  const target = (await database.select({ id: profiles.id }).from(profiles).where(eq(profiles.id, blockedId)).limit(1))[0];
  if (!target) return { ok: false, message: "common.profileNotFound" };
  if (!block) {
    await database.delete(blocks).where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)));
    return { ok: true };
  }
  await setFollow(database, { followerId: blockerId, followeeId: blockedId, follow: false });
  await setFollow(database, { followerId: blockedId, followeeId: blockerId, follow: false });
  await database.transaction(async (tx) => {
    await tx.insert(blocks).values({ blockerId, blockedId }).onConflictDoNothing();
    const theirs = (await tx.select({ id: conversationMembers.conversationId }).from(conversationMembers).where(eq(conversationMembers.profileId, blockedId))).map((r) => r.id);
    if (!theirs.length) return;
    const pending = (await tx
      .select({ id: conversationMembers.conversationId })
      .from(conversationMembers)
      .where(and(eq(conversationMembers.profileId, blockerId), eq(conversationMembers.status, "request"), inArray(conversationMembers.conversationId, theirs))))
      .map((r) => r.id);
    if (!pending.length) return;
    await tx.update(conversationMembers)
      .set({ status: "declined" })
      .where(and(eq(conversationMembers.profileId, blockerId), inArray(conversationMembers.conversationId, pending)));
    await tx.update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${sqlTime(new Date())})` })
      .where(and(eq(notifications.recipientId, blockerId), eq(notifications.type, "message"), inArray(notifications.objectId, pending)));
  });
  return { ok: true };
}
