import { listenerProfileId } from "./listener";
import { and, asc, eq, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import {
  authAccounts,
  blocks,
  cartItems,
  comments,
  concertInterests,
  dataExports,
  emailTokens,
  followEvents,
  impressions,
  listenerGenres,
  mutes,
  orders,
  pageListeners,
  pageHeirs,
  pageMembers,
  pageTransfers,
  playlistCollaborators,
  playlistFollows,
  playlists,
  playlistTracks,
  plays,
  profiles,
  savedReleases,
  trackLikes,
  tracks,
  users,
  videoLikes,
  videos,
} from "@/db/schema";
import { greatest } from "@/db/sql";
import { mediaStorage } from "@/lib/media/storage";
import { notify } from "@/lib/notifications/notify";
import { getTranslations } from "next-intl/server";
import { deletePage } from "@/lib/teams/delete-page";
import { revokeEmailTokens } from "./email-tokens";
import { exportKey } from "./export";

export const DELETION_GRACE_MS = 14 * 24 * 3_600_000;

/** Deletion asked for: every session ends now, and the account is erased after the grace period unless its owner signs in. */
export async function requestDeletion(database: ChorusDb, userId: string, now = new Date()): Promise<Date> {
  const deleteAfter = new Date(now.getTime() + DELETION_GRACE_MS);
  await database.update(users).set({ deleteAfter, sessionVersion: sql`${users.sessionVersion} + 1` }).where(and(eq(users.id, userId), isNull(users.erasedAt)));
  await revokeEmailTokens(database, userId, now);
  return deleteAfter;
}

export async function cancelDeletion(database: ChorusDb, userId: string, now = new Date()): Promise<void> {
  const kept = await database.update(users).set({ deleteAfter: null }).where(and(eq(users.id, userId), isNotNull(users.deleteAfter), isNull(users.erasedAt))).returning({ id: users.id });
  if (!kept.length) return;
  const listener = await listenerProfileId(database, userId);
  if (listener) await notify(database, [listener], { type: "account", actorId: null, objectType: null, objectId: null, text: "Welcome back: your account will not be deleted.", at: now });
}

export type Heir = { userId: string; name: string };
export type PageFate = { id: string; name: string; handle: string; fate: "handed_over"; to: string; heirId: string; chosen: boolean; candidates: Heir[] } | { id: string; name: string; handle: string; fate: "deleted"; chosen: boolean; candidates: Heir[] };

/** Who may inherit a page: its active admins whose own account is staying and in good standing, longest-serving first. */
async function eligibleHeirs(database: Pick<ChorusDb, "select">, pageId: string): Promise<Heir[]> {
  return await database
    .select({ userId: pageMembers.userId, name: profiles.name })
    .from(pageMembers)
    .innerJoin(users, eq(users.id, pageMembers.userId))
    .innerJoin(profiles, and(eq(profiles.ownerId, users.id), eq(profiles.kind, "listener")))
    .where(
      and(
        eq(pageMembers.profileId, pageId),
        eq(pageMembers.role, "admin"),
        eq(pageMembers.status, "active"),
        isNull(users.deleteAfter),
        isNull(users.erasedAt),
        // Not an account that cannot sign in to run it.
        isNull(users.bannedAt),
        or(isNull(users.suspendedUntil), lte(users.suspendedUntil, new Date())),
      ),
    )
    .orderBy(asc(pageMembers.acceptedAt), asc(pageMembers.userId));
}

/**
 * Who inherits a page when its owner's account is erased: the admin the owner
 * chose (while still an admin), nobody if the owner chose to delete it, else the
 * longest-serving active admin whose own account is staying.
 */
async function heirOf(database: Pick<ChorusDb, "select">, pageId: string): Promise<{ heir: Heir | null; chosen: boolean; candidates: Heir[] }> {
  const candidates = await eligibleHeirs(database, pageId);
  const choice = (await database.select({ heirUserId: pageHeirs.heirUserId }).from(pageHeirs).where(eq(pageHeirs.profileId, pageId)).limit(1))[0];
  if (choice && choice.heirUserId === null) return { heir: null, chosen: true, candidates };
  const picked = choice ? candidates.find((c) => c.userId === choice.heirUserId) : undefined;
  return { heir: picked ?? candidates[0] ?? null, chosen: !!picked, candidates };
}

/**
 * What happens to the pages an account owns when it is erased: each goes to its
 * heir, or is deleted. Shown (and chosen) before deletion is confirmed.
 */
export async function pageFates(database: Pick<ChorusDb, "select">, userId: string): Promise<PageFate[]> {
  const owned = await database
    .select({ id: profiles.id, name: profiles.name, handle: profiles.handle })
    .from(profiles)
    .where(and(eq(profiles.ownerId, userId), ne(profiles.kind, "listener"), isNull(profiles.deletedAt)))
    .orderBy(asc(profiles.createdAt));
  const fates: PageFate[] = [];
  for (const page of owned) {
    const { heir, chosen, candidates } = await heirOf(database, page.id);
    fates.push(heir ? { ...page, fate: "handed_over", to: heir.name, heirId: heir.userId, chosen, candidates } : { ...page, fate: "deleted", chosen, candidates });
  }
  return fates;
}

/**
 * The owner chooses who takes a page over (one of its admins) or "delete"; only the page's owner may.
 * Runs only in a request (Settings), never in the worker: it may say its answer in the request's language.
 */
export async function choosePageHeir(database: ChorusDb, ownerUserId: string, pageId: string, heir: string, now = new Date()): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const page = (await database.select({ id: profiles.id, name: profiles.name }).from(profiles).where(and(eq(profiles.id, pageId), eq(profiles.ownerId, ownerUserId), ne(profiles.kind, "listener"), isNull(profiles.deletedAt))).limit(1))[0];
  if (!page) return { ok: false, message: "account.onlyOwnerChoosesHeir" };
  if (heir === "delete") {
    await database.insert(pageHeirs).values({ profileId: pageId, heirUserId: null, createdAt: now }).onConflictDoUpdate({ target: pageHeirs.profileId, set: { heirUserId: null, createdAt: now } });
    return { ok: true, message: (await getTranslations("errors"))("account.pageWillBeDeleted", { page: page.name }) };
  }
  const person = (await eligibleHeirs(database, pageId)).find((c) => c.userId === heir);
  if (!person) return { ok: false, message: "account.heirMustBeAdmin" };
  await database.insert(pageHeirs).values({ profileId: pageId, heirUserId: person.userId, createdAt: now }).onConflictDoUpdate({ target: pageHeirs.profileId, set: { heirUserId: person.userId, createdAt: now } });
  return { ok: true, message: (await getTranslations("errors"))("account.heirChosen", { name: person.name, page: page.name }) };
}

async function handOver(tx: ChorusDb, pageId: string, fromUserId: string, now: Date): Promise<boolean> {
  const { heir } = await heirOf(tx, pageId);
  if (!heir) return false;
  await tx.delete(pageHeirs).where(eq(pageHeirs.profileId, pageId));
  await tx.update(profiles).set({ ownerId: heir.userId, updatedAt: now }).where(and(eq(profiles.id, pageId), eq(profiles.ownerId, fromUserId)));
  await tx.delete(pageMembers).where(and(eq(pageMembers.profileId, pageId), eq(pageMembers.userId, heir.userId)));
  return true;
}

/**
 * Erases an account whose grace period is over. The users row and the listener
 * profile stay as nameless tombstones (messages say "Deleted account", orders keep
 * what a seller must keep: items, amounts, dates and where it was shipped to, not
 * to whom); everything personal goes: email, password, follows, likes, playlists,
 * comments, listening history, exports.
 */
export async function eraseAccount(database: ChorusDb, userId: string, now = new Date()): Promise<boolean> {
  return await database.transaction(async (tx) => {
    // Orders still to be paid or shipped need the buyer's address: erasure waits until they are done.
    const listenerId = await listenerProfileId(tx, userId);
    if (listenerId && (await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.buyerId, listenerId), inArray(orders.status, ["awaiting_payment", "paid"]))).limit(1)).length) return false;
    // Still due (a sign-in in the meantime cancels the deletion) and erased once.
    const claimed = await tx
      .update(users)
      .set({ erasedAt: now, deleteAfter: null, email: `erased-${userId}@deleted.invalid`, name: null, image: null, passwordHash: null, city: null, country: null, emailVerified: null, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), isNull(users.erasedAt), isNotNull(users.deleteAfter), lte(users.deleteAfter, now)))
      .returning({ id: users.id });
    if (!claimed.length) return false;

    const pages = await tx.select().from(profiles).where(and(eq(profiles.ownerId, userId), isNull(profiles.deletedAt)));
    for (const page of pages.filter((p) => p.kind !== "listener")) {
      if (await handOver(tx, page.id, userId, now)) continue;
      // A page with orders still to ship stays (without an owner who can sign in) until a moderator settles them.
      const open = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.sellerId, page.id), inArray(orders.status, ["awaiting_payment", "paid"]))).limit(1);
      if (!open.length) await deletePage(tx, page, now, { tellFollowers: true });
    }
    await tx.delete(pageMembers).where(eq(pageMembers.userId, userId));
    await tx.delete(pageTransfers).where(or(eq(pageTransfers.toUserId, userId), eq(pageTransfers.fromUserId, userId)));

    const listener = pages.find((p) => p.kind === "listener");
    if (listener) {
      const id = listener.id;
      // Their playlists go with them; tracks they added to others' playlists stay, unattributed.
      const own = (await tx.select({ id: playlists.id }).from(playlists).where(eq(playlists.profileId, id))).map((r) => r.id);
      if (own.length) await tx.delete(playlists).where(inArray(playlists.id, own));
      // Like counters move with the likes, as when someone unlikes.
      await tx.update(tracks).set({ likeCount: greatest(0, sql`${tracks.likeCount} - 1`) }).where(inArray(tracks.id, tx.select({ id: trackLikes.trackId }).from(trackLikes).where(eq(trackLikes.profileId, id))));
      await tx.update(videos).set({ likeCount: greatest(0, sql`${videos.likeCount} - 1`) }).where(inArray(videos.id, tx.select({ id: videoLikes.videoId }).from(videoLikes).where(eq(videoLikes.profileId, id))));
      // Replies to their comments go with them, as when a comment is deleted.
      const written = (await tx.select({ id: comments.id }).from(comments).where(eq(comments.authorId, id))).map((c) => c.id);
      if (written.length) await tx.delete(comments).where(inArray(comments.parentId, written));
      for (const [table, column] of [
        [trackLikes, trackLikes.profileId],
        [videoLikes, videoLikes.profileId],
        [followEvents, followEvents.followerId],
        [playlistFollows, playlistFollows.profileId],
        [playlistCollaborators, playlistCollaborators.profileId],
        [savedReleases, savedReleases.profileId],
        [concertInterests, concertInterests.profileId],
        [cartItems, cartItems.profileId],
        [comments, comments.authorId],
        [impressions, impressions.viewerId],
        [pageListeners, pageListeners.listenerId],
        [mutes, mutes.muterId],
        [blocks, blocks.blockerId],
        [listenerGenres, listenerGenres.profileId],
      ] as const) {
        await tx.delete(table).where(eq(column, id));
      }
      await tx.update(playlistTracks).set({ addedBy: null }).where(eq(playlistTracks.addedBy, id));
      await tx.update(plays).set({ listenerId: null }).where(eq(plays.listenerId, id));
      await deletePage(tx, listener, now, { tellFollowers: false });
      await tx.update(profiles).set({ name: "Deleted account", country: null }).where(eq(profiles.id, id));
      // Orders: the seller keeps the shipping region, not the buyer's name or street.
      for (const order of await tx.select({ id: orders.id, address: orders.shippingAddress }).from(orders).where(eq(orders.buyerId, id))) {
        const { city = "", postalCode = "", country = "" } = order.address ?? {};
        await tx.update(orders).set({ shippingAddress: { name: "Deleted account", line1: "", line2: "", city, postalCode, country } }).where(eq(orders.id, order.id));
      }
    }
    for (const row of await tx.select({ id: dataExports.id }).from(dataExports).where(eq(dataExports.userId, userId))) await mediaStorage().remove(exportKey(row.id));
    for (const table of [emailTokens, dataExports, authAccounts]) await tx.delete(table).where(eq(table.userId, userId));
    return true;
  });
}

/** Accounts whose grace period is over (run by the background worker). */
export async function eraseDueAccounts(database: ChorusDb, now = new Date()): Promise<number> {
  const due = await database.select({ id: users.id }).from(users).where(and(isNotNull(users.deleteAfter), lte(users.deleteAfter, now), isNull(users.erasedAt))).limit(50);
  let erased = 0;
  for (const user of due) if (await eraseAccount(database, user.id, now)) erased++;
  return erased;
}
