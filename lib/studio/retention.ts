import { inArray, lt } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { impressions, plays } from "@/db/schema";

/**
 * How long raw events are kept: plays and Discover impressions, for this calendar
 * month and the twelve before it. Studio's longest range (twelve months) is read from
 * the daily and monthly rollups, which are kept; a listener's recently played list and
 * Discover (90 days of impressions) read well inside it. Settings › What we store says so.
 */
export const RAW_EVENT_MONTHS = 13;

/** The first moment whose raw events are kept (the 1st of a UTC month, so a month is never half raw). */
export function rawEventsHorizon(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (RAW_EVENT_MONTHS - 1), 1));
}

const BATCH = 5_000;

/**
 * Deletes plays and impressions older than the horizon, a batch at a time so that
 * no write waits long behind it. Run by the background worker a few times a day;
 * returns how many rows went.
 */
export async function pruneRawEvents(database: ChorusDb, now = new Date()): Promise<{ plays: number; impressions: number }> {
  const before = rawEventsHorizon(now);
  const pruned = { plays: 0, impressions: 0 };
  for (;;) {
    const gone = await database
      .delete(plays)
      .where(inArray(plays.id, database.select({ id: plays.id }).from(plays).where(lt(plays.at, before)).limit(BATCH)))
      .returning({ id: plays.id });
    pruned.plays += gone.length;
    if (gone.length < BATCH) break;
  }
  for (;;) {
    const gone = await database
      .delete(impressions)
      .where(inArray(impressions.id, database.select({ id: impressions.id }).from(impressions).where(lt(impressions.shownAt, before)).limit(BATCH)))
      .returning({ id: impressions.id });
    pruned.impressions += gone.length;
    if (gone.length < BATCH) break;
  }
  return pruned;
}
