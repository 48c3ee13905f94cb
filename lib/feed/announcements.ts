import { queueFederationChange } from "@/lib/federation/changes";
import { and, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { truncateText } from "@/lib/forms/text";
import type { ChorusDb } from "@/db/client";
import { activities, announcements, notifications } from "@/db/schema";
import { newId } from "@/lib/ids";
import { notifyFollowers } from "@/lib/notifications/fanout";
import { plusMs } from "@/db/sql";

export const ANNOUNCEMENTS_PER_WEEK = 3;
const WEEK = 7 * 86_400_000;

export async function announcementsLeft(database: ChorusDb, profileId: string, now = new Date()): Promise<number> {
  const used = (await database.select({ n: count() }).from(announcements).where(and(eq(announcements.profileId, profileId), gte(announcements.createdAt, new Date(now.getTime() - WEEK)))).limit(1))[0]?.n ?? 0;
  return Math.max(0, ANNOUNCEMENTS_PER_WEEK - used);
}

export type PostResult = { ok: true; id: string; reach: number } | { ok: false; message: string };

/** Posts an announcement if the weekly allowance has room; all in one transaction. A refusal is said in the request's language. */
export async function postAnnouncement(database: ChorusDb, input: { profileId: string; profileName: string; body: string; now?: Date }): Promise<PostResult> {
  const now = input.now ?? new Date();
  return await database.transaction(async (tx) => {
    if ((await announcementsLeft(tx, input.profileId, now)) === 0) {
      return { ok: false, message: (await getTranslations("errors"))("feed.announcementBudget", { count: ANNOUNCEMENTS_PER_WEEK }) };
    }
    const id = newId();
    await tx.insert(announcements).values({ id, profileId: input.profileId, body: input.body, createdAt: now });
    await tx.insert(activities).values({ actorId: input.profileId, verb: "announcement", objectType: "announcement", objectId: id, groupKey: `announcement:${id}`, createdAt: now });
    const snippet = truncateText(input.body, 80);
    const reach = await notifyFollowers(tx, { actorId: input.profileId, type: "announcement", objectType: "announcement", objectId: id, text: `posted: ${snippet}`, highlight: false, at: now });
    await tx.update(announcements).set({ reach }).where(eq(announcements.id, id));
    return { ok: true, id, reach };
  });
}

/**
 * Followers who muted or unfollowed within 48 hours after an announcement,
 * each counted once: for the latest announcement before it, never repeated for
 * an earlier one whose window overlaps.
 */
const reactions = (kind: "muted" | "unfollowed") =>
  // Outer columns are written out in full: inside the subquery a bare name would mean the inner "later" row.
  sql<number>`(SELECT count(*) FROM follow_events e WHERE e.followee_id = "announcements"."profile_id" AND e.kind = ${kind}
    AND e.at >= "announcements"."created_at" AND e.at < ${plusMs(sql`"announcements"."created_at"`, 48 * 3_600_000)}
    AND NOT EXISTS (SELECT 1 FROM announcements later WHERE later.profile_id = "announcements"."profile_id" AND later.created_at > "announcements"."created_at" AND later.created_at <= e.at))`.mapWith(Number);

/** Per announcement: reach, and followers who muted or unfollowed within 48 hours after it. */
export async function announcementStats(database: ChorusDb, profileId: string) {
  return await database
    .select({
      id: announcements.id,
      body: announcements.body,
      createdAt: announcements.createdAt,
      reach: announcements.reach,
      muted: reactions("muted"),
      unfollowed: reactions("unfollowed"),
    })
    .from(announcements)
    .where(and(eq(announcements.profileId, profileId), isNull(announcements.deletedAt)))
    .orderBy(desc(announcements.createdAt))
    .limit(20);
}

/**
 * Deletes an announcement of this page: out of feeds, followers' notifications for it gone.
 * It still counts for that week. Answers with a key of the "errors" namespace (the action translates it).
 */
export async function deleteAnnouncement(database: ChorusDb, profileId: string, announcementId: string, now = new Date()): Promise<{ ok: boolean; message: string }> {
  return await database.transaction(async (tx) => {
    const gone = await tx
      .update(announcements)
      .set({ deletedAt: now })
      .where(and(eq(announcements.id, announcementId), eq(announcements.profileId, profileId), isNull(announcements.deletedAt)))
      .returning({ id: announcements.id });
    if (!gone.length) return { ok: false, message: "feed.announcementGone" };
    await tx.update(activities).set({ deletedAt: now }).where(and(eq(activities.objectType, "announcement"), eq(activities.objectId, announcementId)));
    await queueFederationChange(tx, "announcement", announcementId, "delete");
    await tx.delete(notifications).where(and(eq(notifications.objectType, "announcement"), eq(notifications.objectId, announcementId)));
    return { ok: true, message: "feed.announcementDeleted" };
  });
}
