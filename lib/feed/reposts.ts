import { and, eq, isNull, lte } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, tracks } from "@/db/schema";
import { countListenerAction, METRICS } from "@/lib/studio/rollups";

/**
 * Shares a track publicly to the actor's followers (a repost), or takes the
 * share back. One live share per actor and track; sharers of the same track
 * group into one stream item ("Ana and 2 others shared"). A refusal is a key of the "errors" namespace.
 */
export async function setTrackShare(database: ChorusDb, actorId: string, trackId: string, share: boolean, now = new Date()): Promise<{ ok: true; shared: boolean } | { ok: false; message: string }> {
  let sharedNew: string | null = null;
  const result = await database.transaction(async (tx) => {
    const track = (await tx.select({ id: tracks.id, profileId: tracks.profileId }).from(tracks).where(and(eq(tracks.id, trackId), eq(tracks.status, "published"), lte(tracks.publishedAt, now))).limit(1))[0];
    if (!track) return { ok: false as const, message: "feed.cannotShare" };
    const live = (await tx
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.actorId, actorId), eq(activities.verb, "track_shared"), eq(activities.objectId, trackId), isNull(activities.deletedAt))).limit(1))[0];
    if (share && !live) {
      await tx.insert(activities).values({ actorId, verb: "track_shared", objectType: "track", objectId: trackId, groupKey: `shared:track:${trackId}`, createdAt: now });
      sharedNew = track.profileId;
    }
    if (!share && live) await tx.update(activities).set({ deletedAt: now }).where(eq(activities.id, live.id));
    return { ok: true as const, shared: share };
  });
  // The creator's shares per day (Studio): once a day per sharer and track.
  const creatorId = sharedNew as string | null;
  if (creatorId) await countListenerAction(database, { actorId, creatorId, trackId, metric: METRICS.shares, at: now });
  return result;
}

export async function isTrackShared(database: ChorusDb, actorId: string, trackId: string): Promise<boolean> {
  return !!(await database
    .select({ id: activities.id })
    .from(activities)
    .where(and(eq(activities.actorId, actorId), eq(activities.verb, "track_shared"), eq(activities.objectId, trackId), isNull(activities.deletedAt))).limit(1))[0];
}
