import { listenerProfileId } from "@/lib/account/listener";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { comments, messages, moderationActions, products, profiles, reports, tracks, users, videos } from "@/db/schema";
import type { ModerationActionKind, ReportTarget, SiteRole } from "@/db/schema/enums";
import { MAX_SUSPENSION_DAYS, siteRoleMay } from "@/lib/auth/site-roles";
import { notify } from "@/lib/notifications/notify";
import { revokeEmailTokens } from "@/lib/account/email-tokens";
import { sqlTime } from "@/db/sql";
import { getTranslations } from "next-intl/server";

export type Moderator = { userId: string; siteRole: SiteRole };
export type Decision = { action: Exclude<ModerationActionKind, "unsuspend">; note: string; days?: number };
type Result = { ok: true; message: string; subjectProfileId?: string } | { ok: false; message: string };

/** What each outcome tells the person who reported (never who acted, never more than needed). */
const TOLD_REPORTER: Record<Decision["action"], string> = {
  dismiss: "We looked at your report and found nothing against Chorus's rules.",
  hide: "Thanks for your report: we removed what you reported.",
  warn: "Thanks for your report: we warned the account.",
  suspend: "Thanks for your report: we suspended the account.",
  ban: "Thanks for your report: we banned the account.",
};

const WHAT: Record<ReportTarget, string> = { profile: "profile", message: "message", comment: "comment", track: "track", product: "product", video: "video" };

/** Removes the reported content for everyone (the report keeps its copy). False when there is nothing to remove. */
async function hideTarget(tx: ChorusDb, type: ReportTarget, id: string, now: Date): Promise<boolean> {
  if (type === "message") return (await tx.update(messages).set({ hiddenAt: now }).where(and(eq(messages.id, id), isNull(messages.hiddenAt))).returning({ id: messages.id })).length > 0;
  // A comment goes with its replies, as when its author deletes it.
  if (type === "comment") return (await tx.delete(comments).where(or(eq(comments.id, id), eq(comments.parentId, id))).returning({ id: comments.id })).length > 0;
  // A track goes back to draft: off every public page and feed until its team fixes it and publishes again.
  if (type === "track") return (await tx.update(tracks).set({ status: "draft" }).where(eq(tracks.id, id)).returning({ id: tracks.id })).length > 0;
  // A product leaves the shop (archived: its orders stay); a video goes back to draft.
  if (type === "product") return (await tx.update(products).set({ status: "archived" }).where(eq(products.id, id)).returning({ id: products.id })).length > 0;
  if (type === "video") return (await tx.update(videos).set({ status: "draft" }).where(eq(videos.id, id)).returning({ id: videos.id })).length > 0;
  return false;
}

/**
 * A moderator's decision on an open report, in one transaction: the report (and
 * every other open report of the same content) is closed with the outcome, the
 * action is applied and written to the audit log, the account acted on is told
 * why, and each reporter is told the outcome.
 */
export async function decideReport(database: ChorusDb, moderator: Moderator, reportId: string, decision: Decision, now = new Date()): Promise<Result> {
  if (!siteRoleMay(moderator.siteRole, "moderator")) return { ok: false, message: "moderation.moderatorsOnly" };
  if (decision.action === "ban" && !siteRoleMay(moderator.siteRole, "admin")) return { ok: false, message: "moderation.banAdminsOnly" };
  const max = MAX_SUSPENSION_DAYS[moderator.siteRole === "admin" ? "admin" : "moderator"];
  if (decision.action === "suspend" && !(decision.days && decision.days >= 1 && decision.days <= max)) return { ok: false, message: (await getTranslations("errors"))("moderation.suspendRange", { max }) };

  const report = (await database
    .select({ id: reports.id, profileId: reports.profileId, targetType: reports.targetType, targetId: reports.targetId, commentId: reports.commentId, resolvedAt: reports.resolvedAt, ownerId: profiles.ownerId, subjectUserId: reports.subjectUserId, profileName: profiles.name })
    .from(reports)
    .innerJoin(profiles, eq(profiles.id, reports.profileId))
    .where(eq(reports.id, reportId))
    .limit(1))[0];
  if (!report) return { ok: false, message: "moderation.reportNotFound" };
  if (report.resolvedAt) return { ok: false, message: "moderation.alreadyDecided" };
  const targetType: ReportTarget = report.targetType ?? (report.commentId ? "comment" : "profile");
  const targetId = report.targetId ?? report.commentId ?? report.profileId;
  if (decision.action === "hide" && targetType === "profile") return { ok: false, message: "moderation.cannotHideProfile" };
  // Who wrote it: the team member who wrote as a page when known, else the profile's owner.
  const subject = (await database.select({ id: users.id, siteRole: users.siteRole }).from(users).where(eq(users.id, report.subjectUserId ?? report.ownerId)).limit(1))[0];
  if (subject?.id === moderator.userId) return { ok: false, message: "moderation.aboutYou" };
  // Reports about staff are for admins, whatever the decision (a moderator cannot bury one by dismissing it).
  if (subject && subject.siteRole !== "member" && !siteRoleMay(moderator.siteRole, "admin")) return { ok: false, message: "moderation.aboutStaff" };

  // What the moderator reads back (the texts stored for the people told stay English).
  const t = await getTranslations("errors");
  return await database.transaction(async (tx) => {
    // Every open report of the same thing is settled with this one, and only once (two moderators at once: one wins).
    const sameTarget = report.targetType ? and(eq(reports.targetType, targetType), eq(reports.targetId, targetId)) : eq(reports.id, report.id);
    const closed = await tx
      .update(reports)
      .set({ resolvedAt: now, resolvedBy: moderator.userId, outcome: decision.action })
      .where(and(isNull(reports.resolvedAt), sameTarget))
      .returning({ id: reports.id, reporterId: reports.reporterId });
    if (!closed.some((r) => r.id === report.id)) return { ok: false as const, message: "moderation.alreadyDecided" };

    const until = decision.action === "suspend" ? new Date(now.getTime() + decision.days! * 86_400_000) : null;
    if (decision.action === "hide") await hideTarget(tx, targetType, targetId, now);
    if (subject && decision.action === "suspend") {
      // A shorter suspension never cuts a longer one short (only an admin lifts one).
      await tx
        .update(users)
        .set({ suspendedUntil: sql`CASE WHEN ${users.suspendedUntil} IS NOT NULL AND ${users.suspendedUntil} > ${sqlTime(until!)} THEN ${users.suspendedUntil} ELSE ${sqlTime(until!)} END`, suspensionNote: decision.note || null, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, subject.id));
    }
    if (subject && decision.action === "ban") {
      await tx.update(users).set({ bannedAt: now, suspensionNote: decision.note || null, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, subject.id));
    }
    if (subject && (decision.action === "suspend" || decision.action === "ban")) await revokeEmailTokens(tx, subject.id, now);
    await tx.insert(moderationActions).values({ moderatorId: moderator.userId, subjectUserId: subject?.id ?? null, reportId: report.id, action: decision.action, targetType, targetId, note: decision.note, until, createdAt: now });

    // The account acted on hears why (a dismissal tells nobody but the reporter).
    const listener = subject ? await listenerProfileId(tx, subject.id) : null;
    const why = decision.note ? ` Reason: ${decision.note}` : "";
    const toSubject: Partial<Record<Decision["action"], string>> = {
      hide: `A moderator removed your ${WHAT[targetType]} for breaking Chorus's rules.${why}`,
      warn: `A moderator warned your account.${why}`,
    };
    if (listener && toSubject[decision.action]) await notify(tx, [listener], { type: "moderation", actorId: null, objectType: null, objectId: null, text: toSubject[decision.action]!, at: now });
    await notify(tx, closed.map((r) => r.reporterId), { type: "report_outcome", actorId: null, objectType: null, objectId: null, text: TOLD_REPORTER[decision.action], at: now });
    return { ok: true as const, subjectProfileId: report.profileId, message: t("moderation.done", { action: decision.action, what: WHAT[targetType], days: decision.days ?? 0 }) };
  });
}

/** Lifts a suspension or a ban early (admins), with the reason in the audit log. */
export async function liftSuspension(database: ChorusDb, moderator: Moderator, subjectUserId: string, note: string, now = new Date()): Promise<Result> {
  if (!siteRoleMay(moderator.siteRole, "admin")) return { ok: false, message: "moderation.liftAdminsOnly" };
  const lifted = await database.update(users).set({ suspendedUntil: null, bannedAt: null, suspensionNote: null }).where(eq(users.id, subjectUserId)).returning({ id: users.id });
  if (!lifted.length) return { ok: false, message: "moderation.accountNotFound" };
  await database.insert(moderationActions).values({ moderatorId: moderator.userId, subjectUserId, action: "unsuspend", note, createdAt: now });
  return { ok: true, message: "moderation.lifted" };
}

/** `npm run admin -- grant EMAIL`: the first admin, and any after (no account is an admin by default). */
export async function setSiteRole(database: ChorusDb, email: string, role: SiteRole): Promise<boolean> {
  return (await database.update(users).set({ siteRole: role }).where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.erasedAt))).returning({ id: users.id })).length > 0;
}
