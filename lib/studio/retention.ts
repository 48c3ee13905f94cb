import { and, asc, gt, inArray, lt } from "drizzle-orm";
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

export type PruneResult = { plays: number; impressions: number; done: boolean };

/**
 * Deletes plays and impressions older than the horizon, a batch at a time so that no
 * write waits long behind it. Each table is walked once in key order (a batch starts
 * after the last key of the one before), so a large backlog costs one pass, not one
 * pass per batch. Stops after `budgetMs` and says it is not done: the worker comes
 * back a minute later instead of holding up audio jobs and deliveries.
 */
export async function pruneRawEvents(database: ChorusDb, now = new Date(), budgetMs = 5_000): Promise<PruneResult> {
  const before = rawEventsHorizon(now);
  const started = Date.now();
  const result: PruneResult = { plays: 0, impressions: 0, done: false };
  const inTime = () => Date.now() - started < budgetMs;
  const playsDone = await pruneInKeyOrder<number>(
    0,
    (after) => database.select({ id: plays.id }).from(plays).where(and(gt(plays.id, after), lt(plays.at, before))).orderBy(asc(plays.id)).limit(BATCH),
    (ids) => database.delete(plays).where(inArray(plays.id, ids)),
    inTime,
    (n) => (result.plays += n),
  );
  if (!playsDone) return result;
  result.done = await pruneInKeyOrder<string>(
    "",
    (after) => database.select({ id: impressions.id }).from(impressions).where(and(gt(impressions.id, after), lt(impressions.shownAt, before))).orderBy(asc(impressions.id)).limit(BATCH),
    (ids) => database.delete(impressions).where(inArray(impressions.id, ids)),
    inTime,
    (n) => (result.impressions += n),
  );
  return result;
}

/** Deletes what `select` finds, a batch at a time after the last key deleted; false when time ran out first. */
async function pruneInKeyOrder<K extends number | string>(start: K, select: (after: K) => PromiseLike<{ id: K }[]>, remove: (ids: K[]) => Promise<unknown>, inTime: () => boolean, deleted: (n: number) => void): Promise<boolean> {
  let last = start;
  for (;;) {
    if (!inTime()) return false;
    const ids = (await select(last)).map((r) => r.id);
    if (ids.length) {
      await remove(ids);
      last = ids[ids.length - 1];
      deleted(ids.length);
    }
    if (ids.length < BATCH) return true;
  }
}
