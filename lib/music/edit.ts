import { queueFederationChange } from "@/lib/federation/changes";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, notifications, releases, tracks, videos } from "@/db/schema";
import { getTranslations } from "next-intl/server";
import { isOnRoster } from "@/lib/teams/roster";

/**
 * Changing what was published: a release's details and date, its tracks
 * (titles, order, flags, audio, removal), unpublishing and deleting. Plays and
 * likes stay with a track whose audio is replaced; what pointed at a deleted
 * release or track (feeds, shares, messages) then reads "no longer available".
 */
type Release = typeof releases.$inferSelect;

/**
 * The page that controls a release: the label it came out on while the artist
 * is on that label's roster, else the artist's own page (a label that parts
 * ways keeps the credit, not the control).
 */
export function controllingPage(release: Pick<Release, "labelId" | "profileId">, labelActive: boolean): string {
  return release.labelId && labelActive ? release.labelId : release.profileId;
}

export async function releaseController(database: Pick<ChorusDb, "select">, release: Pick<Release, "labelId" | "profileId">): Promise<string> {
  return controllingPage(release, !!release.labelId && (await isOnRoster(database, release.labelId, release.profileId)));
}

/** Every page a release shows on (the artist's, the label's): what an edit of it changes, expired at once. */
export async function releaseShownOn(database: Pick<ChorusDb, "select">, releaseId: string) {
  const release = await findRelease(database, releaseId);
  return { profiles: [release?.profileId, release?.labelId], now: true };
}

/** Every page a track shows on (its artist's, its release's label's). */
export async function trackShownOn(database: Pick<ChorusDb, "select">, trackId: string) {
  const found = await findTrackRelease(database, trackId);
  return { profiles: [found?.track.profileId, found?.release?.labelId], now: true };
}

/** The page allowed to change this release, or null when there is no such release. */
export async function releaseControllerById(database: Pick<ChorusDb, "select">, releaseId: string): Promise<string | null> {
  const release = await findRelease(database, releaseId);
  return release ? await releaseController(database, release) : null;
}

/** The page allowed to change this track (its release's controller, or the artist for a loose track). */
export async function trackControllerById(database: Pick<ChorusDb, "select">, trackId: string): Promise<string | null> {
  const found = await findTrackRelease(database, trackId);
  if (!found) return null;
  return found.release ? await releaseController(database, found.release) : found.track.profileId;
}

export async function findRelease(database: Pick<ChorusDb, "select">, releaseId: string): Promise<Release | undefined> {
  return (await database.select().from(releases).where(eq(releases.id, releaseId)).limit(1))[0];
}

export async function findTrackRelease(database: Pick<ChorusDb, "select">, trackId: string) {
  return (await database.select({ track: tracks, release: releases }).from(tracks).leftJoin(releases, eq(releases.id, tracks.releaseId)).where(eq(tracks.id, trackId)).limit(1))[0];
}

export type ReleaseEdit = { title: string; kind: "single" | "ep" | "album"; genre: string | null; releaseAt: Date | null; description: string; copyright: string; upc: string | null };

/**
 * Messages are keys of the "errors" namespace (the mutation wrapper says them in the request's
 * language); a key with `params` is said by the caller, with them. deleteRelease also runs in the
 * worker (a page's erasure), so it never translates; updateRelease and updateTrack, which run only
 * in requests, say their sentences themselves.
 */
export type Result = { ok: true; message: string; params?: Record<string, string> } | { ok: false; message: string; field?: string };

export async function updateRelease(database: ChorusDb, release: Release, input: ReleaseEdit, now = new Date()): Promise<Result> {
  const scheduled = release.releaseAt > now;
  let releaseAt = release.releaseAt;
  if (input.releaseAt && input.releaseAt.getTime() !== release.releaseAt.getTime()) {
    // A release that is out keeps its date; a scheduled one moves to another future moment.
    if (!scheduled) return { ok: false, field: "releaseAt", message: "music.alreadyOut" };
    if (input.releaseAt <= now) return { ok: false, field: "releaseAt", message: "music.futureMoment" };
    releaseAt = input.releaseAt;
  }
  await database.transaction(async (tx) => {
    await tx.update(releases).set({ title: input.title, kind: input.kind, description: input.description, copyright: input.copyright, upc: input.upc, releaseAt }).where(eq(releases.id, release.id));
    await tx.update(tracks).set({ genre: input.genre, ...(releaseAt !== release.releaseAt ? { publishedAt: releaseAt } : {}) }).where(eq(tracks.releaseId, release.id));
    if (releaseAt !== release.releaseAt) {
      // The feed item and followers' notifications are dated at release time: they move with it.
      await tx.update(activities).set({ createdAt: releaseAt }).where(and(eq(activities.objectType, "release"), eq(activities.objectId, release.id)));
      await tx.update(notifications).set({ createdAt: releaseAt }).where(and(eq(notifications.objectType, "release"), eq(notifications.objectId, release.id)));
    }
    if (input.title !== release.title) {
      await tx.update(notifications).set({ text: `released ${input.title}` }).where(and(eq(notifications.objectType, "release"), eq(notifications.objectId, release.id), eq(notifications.type, "release")));
    }
  });
  if (releaseAt === release.releaseAt) return { ok: true, message: "music.savedNow" };
  return { ok: true, message: (await getTranslations("errors"))("music.savedComesOut", { when: releaseAt.toISOString().slice(0, 16).replace("T", " ") }) };
}

export type TrackEdit = { title: string; explicit: boolean; previewOnly: boolean; isrc: string | null; credits: string; lyrics: string };

export async function updateTrack(database: ChorusDb, trackId: string, input: TrackEdit): Promise<Result> {
  await database
    .update(tracks)
    .set({ title: input.title, explicit: input.explicit, embedFullPlays: !input.previewOnly, isrc: input.isrc, credits: input.credits, lyrics: input.lyrics })
    .where(eq(tracks.id, trackId));
  return { ok: true, message: (await getTranslations("errors"))("music.trackSaved", { title: input.title }) };
}

export async function releaseTrackIds(database: Pick<ChorusDb, "select">, releaseId: string): Promise<string[]> {
  return (await database.select({ id: tracks.id }).from(tracks).where(eq(tracks.releaseId, releaseId)).orderBy(asc(tracks.position), asc(tracks.createdAt))).map((t) => t.id);
}

/** A new order: exactly the release's tracks, each once. */
export async function reorderTracks(database: ChorusDb, releaseId: string, order: string[]): Promise<Result> {
  const current = await releaseTrackIds(database, releaseId);
  if (order.length !== current.length || new Set(order).size !== order.length || order.some((id) => !current.includes(id))) {
    return { ok: false, message: "music.trackListChanged" };
  }
  await database.transaction(async (tx) => {
    for (const [i, id] of order.entries()) await tx.update(tracks).set({ position: i + 1 }).where(eq(tracks.id, id));
  });
  return { ok: true, message: "music.orderSaved" };
}

/** Feed items and notifications about these objects go; cards that link them say "no longer available". */
async function forgetObjects(tx: ChorusDb, type: "release" | "track", ids: string[], now: Date) {
  if (!ids.length) return;
  await tx.update(activities).set({ deletedAt: now }).where(and(eq(activities.objectType, type), inArray(activities.objectId, ids)));
  // Followers on other servers are told it is gone.
  for (const id of ids) await queueFederationChange(tx, type, id, "delete");
  await tx.delete(notifications).where(and(eq(notifications.objectType, type), inArray(notifications.objectId, ids)));
}

export async function removeTrack(database: ChorusDb, trackId: string, now = new Date()): Promise<Result> {
  const found = await findTrackRelease(database, trackId);
  if (!found) return { ok: false, message: "music.trackGone" };
  const siblings = found.track.releaseId ? await releaseTrackIds(database, found.track.releaseId) : [trackId];
  if (siblings.length <= 1) return { ok: false, message: "music.onlyTrack" };
  await database.transaction(async (tx) => {
    await tx.update(videos).set({ trackId: null }).where(eq(videos.trackId, trackId));
    await tx.delete(tracks).where(eq(tracks.id, trackId));
    await forgetObjects(tx, "track", [trackId], now);
    for (const [i, id] of siblings.filter((id) => id !== trackId).entries()) await tx.update(tracks).set({ position: i + 1 }).where(eq(tracks.id, id));
  });
  return { ok: true, message: "music.trackRemoved", params: { title: found.track.title } };
}

export async function setReleasePublished(database: ChorusDb, release: Release, published: boolean): Promise<Result> {
  const status = published ? "published" : "draft";
  await database.transaction(async (tx) => {
    await tx.update(releases).set({ status }).where(eq(releases.id, release.id));
    await tx.update(tracks).set({ status }).where(eq(tracks.releaseId, release.id));
  });
  return { ok: true, message: published ? "music.publishedAgain" : "music.unpublished" };
}

export async function deleteRelease(database: ChorusDb, release: Release, now = new Date()): Promise<Result> {
  const trackIds = await releaseTrackIds(database, release.id);
  await database.transaction(async (tx) => {
    if (trackIds.length) await tx.update(videos).set({ trackId: null }).where(inArray(videos.trackId, trackIds));
    await tx.delete(tracks).where(eq(tracks.releaseId, release.id));
    await tx.delete(releases).where(eq(releases.id, release.id));
    await forgetObjects(tx, "release", [release.id], now);
    await forgetObjects(tx, "track", trackIds, now);
  });
  return { ok: true, message: "music.releaseDeleted", params: { title: release.title } };
}

/** A track's audio replaced: same track (plays, likes, links), new file and length. */
export async function replaceTrackAudio(database: ChorusDb, trackId: string, audio: { audioId: string; durationMs: number }) {
  await database.update(tracks).set({ audioId: audio.audioId, durationMs: audio.durationMs }).where(eq(tracks.id, trackId));
}

/** A release's cover, which its tracks show too. */
export async function replaceReleaseCover(database: ChorusDb, release: Release, coverId: string) {
  await database.transaction(async (tx) => {
    await tx.update(releases).set({ coverId }).where(eq(releases.id, release.id));
    await tx.update(tracks).set({ coverId }).where(eq(tracks.releaseId, release.id));
  });
}
