import { and, count, eq, gte, lt } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { rateEvents } from "@/db/schema";

export type RateLimit = { limit: number; windowMs: number };

const MINUTE = 60_000;
/** The longest window any limiter counts over (a page's weekly notification budget): older events never count. */
export const RATE_EVENTS_KEPT_MS = 7 * 24 * 60 * MINUTE;
const PRUNE_EVERY_MS = 5 * MINUTE;
let lastPrune = 0;

/**
 * Deletes rate events older than `olderThanMs`, for every key: those a limiter
 * will not hit again (sign-in failures, one-off keys, addresses of past days)
 * are never deleted by hitRateLimit's own per-key clean-up.
 */
export async function pruneRateEvents(database: ChorusDb, olderThanMs = RATE_EVENTS_KEPT_MS, now = new Date()): Promise<number> {
  return (await database.delete(rateEvents).where(lt(rateEvents.at, new Date(now.getTime() - olderThanMs)))).changes;
}

/**
 * Sliding-window limiter on rate_events. Counts and records in one
 * transaction (the writer's turn on SQLite, a serializable check-and-insert
 * per key) so two concurrent requests cannot both slip through.
 */
export async function hitRateLimit(database: ChorusDb, key: string, { limit, windowMs }: RateLimit, now = new Date()): Promise<{ allowed: boolean; retryAfterMs: number }> {
  // Every few minutes per process, the whole table is pruned too; cheap enough to do inline.
  if (Math.abs(now.getTime() - lastPrune) >= PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    await pruneRateEvents(database, Math.max(RATE_EVENTS_KEPT_MS, windowMs), now);
  }
  return await database.transaction(async (tx) => {
    const since = new Date(now.getTime() - windowMs);
    const row = (await tx.select({ n: count() }).from(rateEvents).where(and(eq(rateEvents.key, key), gte(rateEvents.at, since))).limit(1))[0];
    if ((row?.n ?? 0) >= limit) {
      const oldest = (await tx
        .select({ at: rateEvents.at })
        .from(rateEvents)
        .where(and(eq(rateEvents.key, key), gte(rateEvents.at, since)))
        .orderBy(rateEvents.at)
        .limit(1))[0];
      const retryAfterMs = oldest ? oldest.at.getTime() + windowMs - now.getTime() : windowMs;
      return { allowed: false, retryAfterMs: Math.max(retryAfterMs, 0) };
    }
    await tx.insert(rateEvents).values({ key, at: now });
    // Keep the table small: drop this key's expired events.
    await tx.delete(rateEvents).where(and(eq(rateEvents.key, key), lt(rateEvents.at, since)));
    return { allowed: true, retryAfterMs: 0 };
  });
}
