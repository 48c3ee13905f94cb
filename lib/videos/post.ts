import { and, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, tracks, videos } from "@/db/schema";
import { newId } from "@/lib/ids";

/** Records a posted video and its `video_posted` activity in one transaction. A linked track must be the page's own. */
export async function postVideo(database: ChorusDb, input: { profileId: string; mediaId: string; posterId: string | null; caption: string; trackId: string | null; durationMs: number }, now = new Date()): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  return await database.transaction(async (tx) => {
    if (input.trackId && !(await tx.select({ id: tracks.id }).from(tracks).where(and(eq(tracks.id, input.trackId), eq(tracks.profileId, input.profileId))).limit(1))[0]) {
      return { ok: false as const, message: "The linked track must be one of this page's tracks." };
    }
    const id = newId();
    await tx.insert(videos).values({ id, profileId: input.profileId, caption: input.caption, mediaId: input.mediaId, posterId: input.posterId, trackId: input.trackId, durationMs: input.durationMs, createdAt: now });
    await tx.insert(activities).values({ actorId: input.profileId, verb: "video_posted", objectType: "video", objectId: id, groupKey: `video:${id}`, createdAt: now });
    return { ok: true as const, id };
  });
}
