import { and, count, desc, eq, gte, sql } from "drizzle-orm";
import { truncateText } from "@/lib/forms/text";
import type { ChorusDb } from "@/db/client";
import { activities, announcements } from "@/db/schema";
import { newId } from "@/lib/ids";
import { notifyFollowers } from "@/lib/notifications/fanout";

export const ANNOUNCEMENTS_PER_WEEK = 3;
const WEEK = 7 * 86_400_000;

export function announcementsLeft(database: ChorusDb, profileId: string, now = new Date()): number {
  const used = database.select({ n: count() }).from(announcements).where(and(eq(announcements.profileId, profileId), gte(announcements.createdAt, new Date(now.getTime() - WEEK)))).get()?.n ?? 0;
  return Math.max(0, ANNOUNCEMENTS_PER_WEEK - used);
}

export type PostResult = { ok: true; id: string; reach: number } | { ok: false; message: string };

/** Posts an announcement if the weekly allowance has room; all in one transaction. */
export function postAnnouncement(database: ChorusDb, input: { profileId: string; profileName: string; body: string; now?: Date }): PostResult {
  const now = input.now ?? new Date();
  return database.transaction((tx) => {
    const db = tx as unknown as ChorusDb;
    if (announcementsLeft(db, input.profileId, now) === 0) {
      return { ok: false, message: `You have used all ${ANNOUNCEMENTS_PER_WEEK} announcements for this week. The next one frees up 7 days after your oldest recent post.` };
    }
    const id = newId();
    tx.insert(announcements).values({ id, profileId: input.profileId, body: input.body, createdAt: now }).run();
    tx.insert(activities).values({ actorId: input.profileId, verb: "announcement", objectType: "announcement", objectId: id, groupKey: `announcement:${id}`, createdAt: now }).run();
    const snippet = truncateText(input.body, 80);
    const reach = notifyFollowers(db, { actorId: input.profileId, type: "announcement", objectType: "announcement", objectId: id, text: `posted: ${snippet}`, highlight: false, at: now });
    tx.update(announcements).set({ reach }).where(eq(announcements.id, id)).run();
    return { ok: true, id, reach };
  }, { behavior: "immediate" });
}

/** Per announcement: reach, and followers who muted or unfollowed within 48 hours after it. */
export function announcementStats(database: ChorusDb, profileId: string) {
  return database
    .select({
      id: announcements.id,
      body: announcements.body,
      createdAt: announcements.createdAt,
      reach: announcements.reach,
      muted: sql<number>`(SELECT count(*) FROM follow_events e WHERE e.followee_id = ${announcements.profileId} AND e.kind = 'muted' AND e.at >= ${announcements.createdAt} AND e.at < ${announcements.createdAt} + 172800000)`,
      unfollowed: sql<number>`(SELECT count(*) FROM follow_events e WHERE e.followee_id = ${announcements.profileId} AND e.kind = 'unfollowed' AND e.at >= ${announcements.createdAt} AND e.at < ${announcements.createdAt} + 172800000)`,
    })
    .from(announcements)
    .where(eq(announcements.profileId, profileId))
    .orderBy(desc(announcements.createdAt))
    .limit(20)
    .all();
}
