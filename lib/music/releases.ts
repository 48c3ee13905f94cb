import { eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, releases, tracks } from "@/db/schema";
import { newId } from "@/lib/ids";
import { notifyFollowers } from "@/lib/notifications/fanout";

export type NewTrack = { title: string; audioId: string; durationMs: number };

/**
 * Creates a published release with its tracks and the activity followers
 * will see. A future release date keeps everything hidden until then; the
 * activity carries that date so it surfaces in feeds at release time.
 */
export async function createRelease(
  database: ChorusDb,
  input: { profileId: string; title: string; kind: "single" | "ep" | "album"; releaseAt: Date; coverId: string | null; genre: string | null; explicit: boolean; embedFullPlays: boolean; tracks: NewTrack[]; credits: string; notify?: boolean; labelId?: string | null },
): Promise<{ releaseId: string; trackIds: string[] }> {
  return await database.transaction(async (tx) => {
    const releaseId = newId();
    await tx.insert(releases).values({ id: releaseId, profileId: input.profileId, labelId: input.labelId ?? null, title: input.title, kind: input.kind, coverId: input.coverId, releaseAt: input.releaseAt, status: "published" });
    const trackIds = await Promise.all(input.tracks.map(async (t, i) => {
      const id = newId();
      await tx.insert(tracks)
        .values({ id, profileId: input.profileId, releaseId, position: i + 1, title: t.title, genre: input.genre, credits: input.credits, audioId: t.audioId, coverId: input.coverId, durationMs: t.durationMs, explicit: input.explicit, embedFullPlays: input.embedFullPlays, status: "published", publishedAt: input.releaseAt });
      return id;
    }));
    // On both pages' streams when a label releases for an artist (one card for someone following both: same group key).
    for (const actorId of [input.profileId, ...(input.labelId ? [input.labelId] : [])]) {
      await tx.insert(activities).values({ actorId, verb: "release_published", objectType: "release", objectId: releaseId, groupKey: `release:${releaseId}`, highlight: true, createdAt: input.releaseAt });
    }
    // Dated at release time: a scheduled release notifies nobody before it is out.
    if (input.notify !== false) await notifyFollowers(tx, { actorId: input.profileId, type: "release", objectType: "release", objectId: releaseId, text: `released ${input.title}`, highlight: true, at: input.releaseAt });
    return { releaseId, trackIds };
  });
}

export async function setEmbedFullPlays(database: ChorusDb, trackId: string, full: boolean) {
  await database.update(tracks).set({ embedFullPlays: full }).where(eq(tracks.id, trackId));
}
