import { queueFederationChange } from "@/lib/federation/changes";
import { and, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, notifications, tracks, videos } from "@/db/schema";
import { newId } from "@/lib/ids";

// What these functions answer are keys of the "errors" namespace: the mutation wrappers
// (lib/mutations/guard.ts) and the upload route translate them for the request's language.

/** Records a posted video and its `video_posted` activity in one transaction. A linked track must be the page's own. */
export async function postVideo(database: ChorusDb, input: { profileId: string; mediaId: string; posterId: string | null; caption: string; trackId: string | null; durationMs: number }, now = new Date()): Promise<{ ok: true; id: string } | { ok: false; message: "videos.trackNotOnPage" }> {
  return await database.transaction(async (tx) => {
    if (input.trackId && !(await tx.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.id, input.trackId), eq(tracks.profileId, input.profileId))).limit(1))[0]) {
      return { ok: false as const, message: "videos.trackNotOnPage" as const };
    }
    const id = newId();
    await tx.insert(videos).values({ id, profileId: input.profileId, caption: input.caption, mediaId: input.mediaId, posterId: input.posterId, trackId: input.trackId, durationMs: input.durationMs, createdAt: now });
    await tx.insert(activities).values({ actorId: input.profileId, verb: "video_posted", objectType: "video", objectId: id, groupKey: `video:${id}`, createdAt: now });
    return { ok: true as const, id };
  });
}

/** A video's caption and linked track (the page's own track, or none). */
export async function updateVideo(database: ChorusDb, profileId: string, input: { videoId: string; caption: string; trackId: string | null }): Promise<{ ok: boolean; message: string }> {
  if (input.trackId && !(await database.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.id, input.trackId), eq(tracks.profileId, profileId))).limit(1))[0]) {
    return { ok: false, message: "videos.trackNotOnPage" };
  }
  const changed = await database.update(videos).set({ caption: input.caption, trackId: input.trackId }).where(and(eq(videos.id, input.videoId), eq(videos.profileId, profileId))).returning({ id: videos.id });
  return changed.length ? { ok: true, message: "common.saved" } : { ok: false, message: "videos.gone" };
}

/** Deletes a video of this page, its likes, its feed item and notifications about it. */
export async function deleteVideo(database: ChorusDb, profileId: string, videoId: string, now = new Date()): Promise<{ ok: boolean; message: string }> {
  return await database.transaction(async (tx) => {
    const gone = await tx.delete(videos).where(and(eq(videos.id, videoId), eq(videos.profileId, profileId))).returning({ id: videos.id });
    if (!gone.length) return { ok: false, message: "videos.alreadyGone" };
    await tx.update(activities).set({ deletedAt: now }).where(and(eq(activities.objectType, "video"), eq(activities.objectId, videoId)));
    await queueFederationChange(tx, "video", videoId, "delete");
    await tx.delete(notifications).where(and(eq(notifications.objectType, "video"), eq(notifications.objectId, videoId)));
    return { ok: true, message: "videos.deleted" };
  });
}
