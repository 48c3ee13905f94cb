import { eq, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { plays, tracks } from "@/db/schema";
import { hitRateLimit } from "@/lib/rate-limit";
import { countPlay } from "@/lib/studio/rollups";

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
