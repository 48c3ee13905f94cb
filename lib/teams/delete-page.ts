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
  orders,
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
import { getTranslations } from "next-intl/server";
import { HANDLE_RESERVATION_MS } from "@/lib/profiles/handle-history";

/**
 * Deletes a creator page for good. What stays is a tombstone row (name only) so
 * orders keep saying who sold them; the handle is reserved for 30 days so
 * nobody can pose as the page behind links and Follow buttons already out
 * there. Followers are told once. Releases and videos go as if deleted one by
 * one; products with orders are archived (the orders stay), others deleted;
 * releases it put out for roster artists stay with the artists.
 */
export async function deletePage(database: ChorusDb, page: Page, now = new Date(), { tellFollowers = true } = {}): Promise<{ ok: true; followersTold: number } | { ok: false; message: string }> {
  return await database.transaction(async (tx) => {
    // Claimed first, conditionally: a second deletion at the same time finds nothing to do.
    const claimed = await tx.update(profiles).set({ deletedAt: now, updatedAt: now }).where(and(eq(profiles.id, page.id), isNull(profiles.deletedAt))).returning({ id: profiles.id });
    if (!claimed.length) return { ok: false as const, message: "teams.pageAlreadyDeleted" };
    // Orders still to ship or cancel need the page: the seller finishes them first.
    const open = (await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.sellerId, page.id), inArray(orders.status, ["awaiting_payment", "paid"]))).limit(100)).length;
    if (open) throw new OpenOrders(open);
    for (const release of await tx.select().from(releases).where(eq(releases.profileId, page.id))) await deleteRelease(tx, release, now);
    const followers = (await tx.select({ id: follows.followerId }).from(follows).where(eq(follows.followeeId, page.id))).map((r) => r.id);
    const told = !tellFollowers ? 0 : await notify(tx, followers, { type: "team", actorId: null, objectType: null, objectId: null, text: `${page.name} (@${page.handle}) was deleted by its owner. You no longer follow it.`, at: now });
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
    await tx.update(activities).set({ deletedAt: now }).where(and(or(eq(activities.actorId, page.id), and(eq(activities.objectType, "profile"), eq(activities.objectId, page.id))), isNull(activities.deletedAt)));
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
      // "~" is outside the handle alphabet: nobody can register this one first and block the deletion.
      .set({ handle: `~deleted-${page.id}`, bio: "", links: [], city: null, avatarId: null, bannerId: null, followerCount: 0, followingCount: 0 })
      .where(eq(profiles.id, page.id));
    return { ok: true as const, followersTold: told };
  }).catch(async (error: unknown) => {
    // Thrown to roll the claim back; said as a refusal. Only a request meets it: the worker's erasure
    // deletes only pages without open orders, checked in its own transaction just before.
    if (error instanceof OpenOrders) return { ok: false as const, message: (await getTranslations("errors"))("teams.openOrders", { count: error.count }) };
    throw error;
  });
}

class OpenOrders extends Error {
  constructor(readonly count: number) {
    super("open orders");
  }
}
