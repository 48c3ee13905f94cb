import { and, count, eq, gte, lt } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { rateEvents } from "@/db/schema";

export type RateLimit = { limit: number; windowMs: number };

/**
 * Sliding-window limiter on rate_events. Counts and records in one
 * synchronous transaction so two concurrent requests cannot both slip through.
 */
export function hitRateLimit(database: ChorusDb, key: string, { limit, windowMs }: RateLimit, now = new Date()): { allowed: boolean; retryAfterMs: number } {
  return database.transaction((tx) => {
    const since = new Date(now.getTime() - windowMs);
    const row = tx.select({ n: count() }).from(rateEvents).where(and(eq(rateEvents.key, key), gte(rateEvents.at, since))).get();
    if ((row?.n ?? 0) >= limit) {
      const oldest = tx
        .select({ at: rateEvents.at })
        .from(rateEvents)
        .where(and(eq(rateEvents.key, key), gte(rateEvents.at, since)))
        .orderBy(rateEvents.at)
        .limit(1)
        .get();
      const retryAfterMs = oldest ? oldest.at.getTime() + windowMs - now.getTime() : windowMs;
      return { allowed: false, retryAfterMs: Math.max(retryAfterMs, 0) };
    }
    tx.insert(rateEvents).values({ key, at: now }).run();
    // Keep the table small: drop this key's expired events.
    tx.delete(rateEvents).where(and(eq(rateEvents.key, key), lt(rateEvents.at, since))).run();
    return { allowed: true, retryAfterMs: 0 };
  }, { behavior: "immediate" });
}
