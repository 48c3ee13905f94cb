import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { trackLikes, tracks, videoLikes, videos } from "@/db/schema";
import { greatest } from "@/db/sql";
import { countListenerAction, METRICS } from "@/lib/studio/rollups";

/** Likes a track or video once, however often asked; the counter moves only when the row does. A refusal is a key of the "errors" namespace. */
export async function setLike(database: ChorusDb, profileId: string, type: "track" | "video", id: string, like: boolean, now = new Date()): Promise<{ ok: true; liked: boolean } | { ok: false; message: string }> {
  let liked: { creatorId: string } | null = null;
  const result = await database.transaction(async (tx) => {
    if (type === "track") {
      const track = (await tx.select({ id: tracks.id, profileId: tracks.profileId }).from(tracks).where(eq(tracks.id, id)).limit(1))[0];
      if (!track) return { ok: false as const, message: "discovery.trackNotFound" };
      const changed = like
        ? (await tx.insert(trackLikes).values({ profileId, trackId: id, createdAt: now }).onConflictDoNothing()).changes
        : (await tx.delete(trackLikes).where(and(eq(trackLikes.profileId, profileId), eq(trackLikes.trackId, id)))).changes;
      if (changed) await tx.update(tracks).set({ likeCount: greatest(0, sql`${tracks.likeCount} + ${like ? 1 : -1}`) }).where(eq(tracks.id, id));
      if (changed && like) liked = { creatorId: track.profileId };
    } else {
      if (!(await tx.select({ id: videos.id }).from(videos).where(eq(videos.id, id)).limit(1))[0]) return { ok: false as const, message: "discovery.videoNotFound" };
      const changed = like
        ? (await tx.insert(videoLikes).values({ profileId, videoId: id }).onConflictDoNothing()).changes
        : (await tx.delete(videoLikes).where(and(eq(videoLikes.profileId, profileId), eq(videoLikes.videoId, id)))).changes;
      if (changed) await tx.update(videos).set({ likeCount: greatest(0, sql`${videos.likeCount} + ${like ? 1 : -1}`) }).where(eq(videos.id, id));
    }
    return { ok: true as const, liked: like };
  });
  // The creator's likes per day (Studio): once a day per listener and track (unlike and like again does not add up).
  const counted = liked as { creatorId: string } | null;
  if (counted) await countListenerAction(database, { actorId: profileId, creatorId: counted.creatorId, trackId: id, metric: METRICS.likes, at: now });
  return result;
}

/** Whether this profile likes the track (for its heart). */
export async function likesTrack(database: Pick<ChorusDb, "select">, profileId: string, trackId: string): Promise<boolean> {
  return !!(await database.select({ t: trackLikes.trackId }).from(trackLikes).where(and(eq(trackLikes.profileId, profileId), eq(trackLikes.trackId, trackId))).limit(1))[0];
}

/** Which of these tracks the profile likes (hearts in lists and the player). */
export async function likedTrackIds(database: Pick<ChorusDb, "select">, profileId: string, trackIds: string[]): Promise<Set<string>> {
  if (!trackIds.length) return new Set();
  return new Set((await database.select({ t: trackLikes.trackId }).from(trackLikes).where(and(eq(trackLikes.profileId, profileId), inArray(trackLikes.trackId, trackIds)))).map((r) => r.t));
}
