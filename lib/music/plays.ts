import { and, eq, gte, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { plays, rateEvents, tracks } from "@/db/schema";
import { hitRateLimit } from "@/lib/rate-limit";
import { bumpStats, countPlay, METRICS } from "@/lib/studio/rollups";

/**
 * Records one listen. The client sends it once per listen (after 30 s or half
 * the track); the server also refuses a second count for the same listener and
 * track within 30 seconds, so replaying requests cannot inflate counts.
 */
export async function recordPlay(database: ChorusDb, input: { trackId: string; listenerKey: string; listenerId: string | null; source: "app" | "embed" | "discovery"; now?: Date }): Promise<boolean> {
  const now = input.now ?? new Date();
  const limit = await hitRateLimit(database, `play:${input.listenerKey}:${input.trackId}`, { limit: 1, windowMs: 30_000 }, now);
  if (!limit.allowed) return false;
  await database.transaction(async (tx) => {
    await countPlay(tx, { trackId: input.trackId, listenerId: input.listenerId, source: input.source, at: now });
    await tx.insert(plays).values({ trackId: input.trackId, listenerId: input.listenerId, source: input.source, at: now });
    await tx.update(tracks).set({ playCount: sql`${tracks.playCount} + 1` }).where(eq(tracks.id, input.trackId));
  });
  return true;
}

/** How long after a counted play its "heard to the end" may arrive. */
const COMPLETE_WITHIN_MS = 2 * 3_600_000;
/** Skips (or queue adds) one listener (account or address) can add in an hour, over all tracks: a listener flicks through, a script does not get far. */
const PER_LISTENER_HOURLY = { limit: 60, windowMs: 3_600_000 };
/** How often one listener's event on one track counts: a skip or a completion every 30 s; a queue add once a day. */
const ONCE_PER: Record<ListenEvent, number> = { complete: 30_000, skip: 30_000, queue: 86_400_000 };
const METRIC_OF = { complete: METRICS.completions, skip: METRICS.skips, queue: METRICS.queued } as const;
export type ListenEvent = "complete" | "skip" | "queue";

/**
 * A play heard to the end, a track left before it counted, or a track added to the
 * queue: counted once per listener, track and kind every 30 seconds (a queue add once
 * a day), so replays cannot inflate them, into the creator's daily numbers only.
 */
export async function recordListenEvent(database: ChorusDb, input: { trackId: string; listenerKey: string; event: ListenEvent; now?: Date }): Promise<boolean> {
  const now = input.now ?? new Date();
  if (input.event === "complete") {
    // Heard to the end only after this listener's play of it counted (within a long track's time).
    const played = await database
      .select({ at: rateEvents.at })
      .from(rateEvents)
      .where(and(eq(rateEvents.key, `play:${input.listenerKey}:${input.trackId}`), gte(rateEvents.at, new Date(now.getTime() - COMPLETE_WITHIN_MS))))
      .limit(1);
    if (!played.length) return false;
  } else if (!(await hitRateLimit(database, `${input.event}s:${input.listenerKey}`, PER_LISTENER_HOURLY, now)).allowed) return false;
  const limit = await hitRateLimit(database, `${input.event}:${input.listenerKey}:${input.trackId}`, { limit: 1, windowMs: ONCE_PER[input.event] }, now);
  if (!limit.allowed) return false;
  const track = (await database.select({ profileId: tracks.profileId }).from(tracks).where(eq(tracks.id, input.trackId)).limit(1))[0];
  if (!track) return false;
  await bumpStats(database, track.profileId, now, [{ metric: METRIC_OF[input.event], dimension: input.trackId, delta: 1 }]);
  return true;
}
