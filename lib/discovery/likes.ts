import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { trackLikes, tracks, videoLikes, videos } from "@/db/schema";

/** Likes a track or video once, however often asked; the counter moves only when the row does. */
export function setLike(database: ChorusDb, profileId: string, type: "track" | "video", id: string, like: boolean): { ok: true; liked: boolean } | { ok: false; message: string } {
  return database.transaction((tx) => {
    if (type === "track") {
      if (!tx.select({ id: tracks.id }).from(tracks).where(eq(tracks.id, id)).get()) return { ok: false as const, message: "That track does not exist." };
      const changed = like
        ? tx.insert(trackLikes).values({ profileId, trackId: id }).onConflictDoNothing().run().changes
        : tx.delete(trackLikes).where(and(eq(trackLikes.profileId, profileId), eq(trackLikes.trackId, id))).run().changes;
      if (changed) tx.update(tracks).set({ likeCount: sql`max(0, ${tracks.likeCount} + ${like ? 1 : -1})` }).where(eq(tracks.id, id)).run();
    } else {
      if (!tx.select({ id: videos.id }).from(videos).where(eq(videos.id, id)).get()) return { ok: false as const, message: "That video does not exist." };
      const changed = like
        ? tx.insert(videoLikes).values({ profileId, videoId: id }).onConflictDoNothing().run().changes
        : tx.delete(videoLikes).where(and(eq(videoLikes.profileId, profileId), eq(videoLikes.videoId, id))).run().changes;
      if (changed) tx.update(videos).set({ likeCount: sql`max(0, ${videos.likeCount} + ${like ? 1 : -1})` }).where(eq(videos.id, id)).run();
    }
    return { ok: true as const, liked: like };
  });
}

/** Whether this profile likes the track (for its heart). */
export function likesTrack(database: Pick<ChorusDb, "select">, profileId: string, trackId: string): boolean {
  return !!database.select({ t: trackLikes.trackId }).from(trackLikes).where(and(eq(trackLikes.profileId, profileId), eq(trackLikes.trackId, trackId))).get();
}

/** Which of these tracks the profile likes (hearts in lists and the player). */
export function likedTrackIds(database: Pick<ChorusDb, "select">, profileId: string, trackIds: string[]): Set<string> {
  if (!trackIds.length) return new Set();
  return new Set(database.select({ t: trackLikes.trackId }).from(trackLikes).where(and(eq(trackLikes.profileId, profileId), inArray(trackLikes.trackId, trackIds))).all().map((r) => r.t));
}
