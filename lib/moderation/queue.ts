import { aliasedTable, and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { moderationActions, profiles, reports, users } from "@/db/schema";
import type { ReportTarget } from "@/db/schema/enums";
import { mediaUrl } from "@/lib/media/urls";

const reporter = aliasedTable(profiles, "reporter");

export type QueueItem = {
  id: string;
  reason: string;
  createdAt: Date;
  target: { type: ReportTarget; id: string; excerpt: string | null; href: string | null };
  reporter: { name: string; handle: string };
  subject: { profileId: string; name: string; handle: string; kind: string; avatarUrl: string | null; userId: string; siteRole: string; suspendedUntil: Date | null; bannedAt: Date | null };
  /** Written as the page by a team member (whose account a decision acts on), when it is not the page's owner. */
  writtenBy: { name: string; handle: string } | null;
  /** Reports about the same profile (this one included) and what moderators did to the account before. */
  reportsAboutProfile: number;
  history: { action: string; note: string; at: Date }[];
  resolved: { outcome: string; at: Date } | null;
};

function targetHref(type: ReportTarget, id: string, handle: string): string | null {
  if (type === "profile") return `/@${handle}`;
  if (type === "track") return `/track/${id}`;
  if (type === "product") return `/merch/${id}`;
  return null;
}

/**
 * Open reports oldest first (or the latest decided ones), each with what a moderator needs to decide.
 * The open queue keeps what `justDecidedBy` decided in the last 15 minutes, in place, with its outcome.
 */
export async function moderationQueue(
  database: Pick<ChorusDb, "select">,
  { resolved = false, limit = 50, justDecidedBy = null as string | null, now = new Date() } = {},
): Promise<QueueItem[]> {
  const open = justDecidedBy ? or(isNull(reports.resolvedAt), and(eq(reports.resolvedBy, justDecidedBy), gt(reports.resolvedAt, new Date(now.getTime() - 15 * 60_000)))) : isNull(reports.resolvedAt);
  const rows = await database
    .select({
      r: reports,
      reporterName: reporter.name,
      reporterHandle: reporter.handle,
      p: { id: profiles.id, name: profiles.name, handle: profiles.handle, kind: profiles.kind, avatarId: profiles.avatarId },
      u: { id: users.id, siteRole: users.siteRole, suspendedUntil: users.suspendedUntil, bannedAt: users.bannedAt },
    })
    .from(reports)
    .innerJoin(reporter, eq(reporter.id, reports.reporterId))
    .innerJoin(profiles, eq(profiles.id, reports.profileId))
    // The account a decision acts on: the writer when known, else the profile's owner.
    .innerJoin(users, eq(users.id, sql`coalesce(${reports.subjectUserId}, ${profiles.ownerId})`))
    .where(resolved ? isNotNull(reports.resolvedAt) : open)
    .orderBy(resolved ? desc(reports.resolvedAt) : asc(reports.createdAt))
    .limit(limit);
  const profileIds = [...new Set(rows.map((r) => r.p.id))];
  const userIds = [...new Set(rows.map((r) => r.u.id))];
  const counts = new Map(
    profileIds.length ? (await database.select({ id: reports.profileId, n: count() }).from(reports).where(inArray(reports.profileId, profileIds)).groupBy(reports.profileId)).map((c) => [c.id, Number(c.n)]) : [],
  );
  const history = userIds.length
    ? await database.select().from(moderationActions).where(and(inArray(moderationActions.subjectUserId, userIds))).orderBy(desc(moderationActions.createdAt)).limit(500)
    : [];
  // Who wrote for a page, when a team member did (their listener profile names them).
  const writerIds = [...new Set(rows.map((row) => row.r.subjectUserId).filter((id): id is string => !!id))];
  const writers = new Map(
    writerIds.length ? (await database.select({ userId: profiles.ownerId, name: profiles.name, handle: profiles.handle }).from(profiles).where(and(inArray(profiles.ownerId, writerIds), eq(profiles.kind, "listener")))).map((w) => [w.userId, w]) : [],
  );
  return rows.map(({ r, reporterName, reporterHandle, p, u }) => {
    const writer = r.subjectUserId ? writers.get(r.subjectUserId) : undefined;
    const type: ReportTarget = r.targetType ?? (r.commentId ? "comment" : "profile");
    const id = r.targetId ?? r.commentId ?? r.profileId;
    return {
      id: r.id,
      reason: r.reason,
      createdAt: r.createdAt,
      target: { type, id, excerpt: r.excerpt ?? r.commentText, href: targetHref(type, id, p.handle) },
      reporter: { name: reporterName, handle: reporterHandle },
      subject: { profileId: p.id, name: p.name, handle: p.handle, kind: p.kind, avatarUrl: mediaUrl(p.avatarId), userId: u.id, siteRole: u.siteRole, suspendedUntil: u.suspendedUntil, bannedAt: u.bannedAt },
      writtenBy: writer && p.kind !== "listener" ? { name: writer.name, handle: writer.handle } : null,
      reportsAboutProfile: counts.get(p.id) ?? 1,
      history: history.filter((h) => h.subjectUserId === u.id && h.action !== "dismiss").slice(0, 5).map((h) => ({ action: h.action, note: h.note, at: h.createdAt })),
      resolved: r.resolvedAt && r.outcome ? { outcome: r.outcome, at: r.resolvedAt } : null,
    };
  });
}

const moderator = aliasedTable(users, "moderator");
const subjectProfile = aliasedTable(profiles, "subject_profile");
const moderatorProfile = aliasedTable(profiles, "moderator_profile");

/** Every moderation action, newest first: who did what to whom, and why. */
export async function moderationLog(database: Pick<ChorusDb, "select">, limit = 100) {
  return (await database
    .select({
      id: moderationActions.id,
      action: moderationActions.action,
      targetType: moderationActions.targetType,
      note: moderationActions.note,
      until: moderationActions.until,
      at: moderationActions.createdAt,
      moderatorName: moderatorProfile.name,
      subjectName: subjectProfile.name,
      subjectHandle: subjectProfile.handle,
      subjectUserId: moderationActions.subjectUserId,
    })
    .from(moderationActions)
    .leftJoin(moderator, eq(moderator.id, moderationActions.moderatorId))
    .leftJoin(moderatorProfile, and(eq(moderatorProfile.ownerId, moderator.id), eq(moderatorProfile.kind, "listener")))
    .leftJoin(subjectProfile, and(eq(subjectProfile.ownerId, moderationActions.subjectUserId), eq(subjectProfile.kind, "listener")))
    .orderBy(desc(moderationActions.createdAt))
    .limit(limit));
}

export async function openReportCount(database: Pick<ChorusDb, "select">): Promise<number> {
  return Number((await database.select({ n: count() }).from(reports).where(isNull(reports.resolvedAt)))[0]?.n ?? 0);
}
