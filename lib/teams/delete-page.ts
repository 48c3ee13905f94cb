import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import {
  activities,
  announcements,
  concertLineup,
  concerts,
  follows,
  handleHistory,
  labelRoster,
  notifications,
  orderItems,
  pageListeners,
  pageMembers,
  pageStatsDaily,
  pageTransfers,
  products,
  profileGenres,
  profiles,
  releases,
  videos,
} from "@/db/schema";
import type { Page } from "@/lib/auth/policy";
import { deleteRelease } from "@/lib/music/edit";
import { notify } from "@/lib/notifications/notify";
import { HANDLE_RESERVATION_MS } from "@/lib/profiles/handle-history";

/**
 * Deletes a creator page for good. What stays is a tombstone row (name only) so
 * orders keep saying who sold them; the handle is reserved for 30 days so
 * nobody can pose as the page behind links and Follow buttons already out
 * there. Followers are told once. Releases and videos go as if deleted one by
 * one; products with orders are archived (the orders stay), others deleted;
 * releases it put out for roster artists stay with the artists.
 */
export async function deletePage(database: ChorusDb, page: Page, now = new Date()): Promise<{ ok: true; followersTold: number }> {
  const own = await database.select().from(releases).where(eq(releases.profileId, page.id));
  for (const release of own) await deleteRelease(database, release, now);
  return await database.transaction(async (tx) => {
    const followers = (await tx.select({ id: follows.followerId }).from(follows).where(eq(follows.followeeId, page.id))).map((r) => r.id);
    const told = await notify(tx, followers, { type: "team", actorId: null, objectType: null, objectId: null, text: `${page.name} (@${page.handle}) was deleted by its owner. You no longer follow it.`, at: now });
    // Counters first, while the follow rows still say whose they are.
    await tx.update(profiles).set({ followingCount: sql`${profiles.followingCount} - 1` }).where(inArray(profiles.id, tx.select({ id: follows.followerId }).from(follows).where(eq(follows.followeeId, page.id))));
    await tx.update(profiles).set({ followerCount: sql`${profiles.followerCount} - 1` }).where(inArray(profiles.id, tx.select({ id: follows.followeeId }).from(follows).where(eq(follows.followerId, page.id))));
    await tx.delete(follows).where(or(eq(follows.followeeId, page.id), eq(follows.followerId, page.id)));

    await tx.update(releases).set({ labelId: null }).where(eq(releases.labelId, page.id));
    await tx.delete(videos).where(eq(videos.profileId, page.id));
    await tx.delete(concerts).where(eq(concerts.profileId, page.id));
    await tx.update(concertLineup).set({ profileId: null }).where(eq(concertLineup.profileId, page.id));
    const sold = new Set((await tx.selectDistinct({ id: orderItems.productId }).from(orderItems).innerJoin(products, eq(products.id, orderItems.productId)).where(eq(products.profileId, page.id))).map((r) => r.id));
    const productIds = (await tx.select({ id: products.id }).from(products).where(eq(products.profileId, page.id))).map((r) => r.id);
    const unsold = productIds.filter((id) => !sold.has(id));
    if (sold.size) await tx.update(products).set({ status: "archived" }).where(inArray(products.id, [...sold]));
    if (unsold.length) await tx.delete(products).where(inArray(products.id, unsold));

    await tx.update(announcements).set({ deletedAt: now }).where(and(eq(announcements.profileId, page.id), isNull(announcements.deletedAt)));
    await tx.update(activities).set({ deletedAt: now }).where(and(eq(activities.actorId, page.id), isNull(activities.deletedAt)));
    await tx.delete(notifications).where(eq(notifications.actorId, page.id));
    for (const table of [pageMembers, pageTransfers, pageStatsDaily, pageListeners, profileGenres]) await tx.delete(table).where(eq(table.profileId, page.id));
    await tx.delete(labelRoster).where(or(eq(labelRoster.labelId, page.id), eq(labelRoster.artistId, page.id)));

    const reservedUntil = new Date(now.getTime() + HANDLE_RESERVATION_MS);
    await tx
      .insert(handleHistory)
      .values({ handleLower: page.handle.toLowerCase(), profileId: page.id, reservedUntil, createdAt: now })
      .onConflictDoUpdate({ target: handleHistory.handleLower, set: { profileId: page.id, reservedUntil, createdAt: now } });
    await tx
      .update(profiles)
      .set({ handle: `gone_${page.id}`.slice(0, 40), bio: "", links: [], city: null, avatarId: null, bannerId: null, followerCount: 0, followingCount: 0, deletedAt: now, updatedAt: now })
      .where(eq(profiles.id, page.id));
    return { ok: true as const, followersTold: told };
  });
}
