import { and, lt } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { mediaFiles } from "@/db/schema";
import { isUnreferenced } from "./references";
import { mediaStorage, sweepScratch } from "./storage";

const HOUR = 3_600_000;

/**
 * Deletes media files nothing references (replaced avatars, uploads whose request
 * failed, removed photos) with their files, and scratch files left by a stopped
 * process. Only what is older than `olderThanMs`: an upload in progress has
 * stored its files but not yet the rows that reference them.
 */
export async function cleanupOrphanMedia(database: ChorusDb, now = new Date(), olderThanMs = HOUR): Promise<{ media: number; scratch: number }> {
  // One statement: a file that gains a reference meanwhile is not deleted.
  const gone = await database
    .delete(mediaFiles)
    .where(and(lt(mediaFiles.createdAt, new Date(now.getTime() - olderThanMs)), isUnreferenced()))
    .returning({ path: mediaFiles.path });
  for (const row of gone) await mediaStorage().remove(row.path);
  return { media: gone.length, scratch: sweepScratch(olderThanMs, now.getTime()) };
}

let lastCleanup = 0;

/** cleanupOrphanMedia at most once an hour per process; a failure is logged, never the caller's problem. */
export async function cleanupOrphanMediaHourly(database: ChorusDb, now = new Date()): Promise<void> {
  if (Math.abs(now.getTime() - lastCleanup) < HOUR) return;
  lastCleanup = now.getTime();
  try {
    await cleanupOrphanMedia(database, now);
  } catch (error) {
    console.error("media cleanup failed", error);
  }
}
