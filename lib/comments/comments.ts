import { fileReport } from "@/lib/moderation/reports";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { signal } from "@/db/live";
import { comments, follows, profiles, releases, tracks } from "@/db/schema";
import { blockedEitherWay } from "@/lib/profiles/blocks";
import { notify, pageManagerRecipients } from "@/lib/notifications/notify";
import { releaseController, trackControllerById } from "@/lib/music/edit";
import { trackIsPublic } from "@/lib/music/visibility";
import { mayStillEdit, MAX_MENTIONS, mentionedHandles } from "./rules";

export type CommentTarget = { type: "track"; id: string } | { type: "release"; id: string };
export type CommentResult = { ok: true; id?: string; message?: string } | { ok: false; message: string };

/** The live channel key of a target's comments (db/live.ts). */
export const liveKey = (target: CommentTarget) => `${target.type}:${target.id}`;

type Found = { pageId: string; title: string; durationMs: number | null; commentsOff: boolean; isPublic: boolean };

/** What is being commented on: its page (whose team moderates), title, length, and whether comments are open. */
export async function findTarget(database: ChorusDb, target: CommentTarget, now = new Date()): Promise<Found | null> {
  if (target.type === "track") {
    const row = (await database
      .select({ t: tracks, isPublic: sql<number>`case when ${trackIsPublic(now)} then 1 else 0 end` })
      .from(tracks)
      .leftJoin(releases, eq(releases.id, tracks.releaseId))
      .where(eq(tracks.id, target.id))
      .limit(1))[0];
    if (!row) return null;
    const pageId = await trackControllerById(database, target.id);
    return pageId ? { pageId, title: row.t.title, durationMs: row.t.durationMs, commentsOff: row.t.commentsOff, isPublic: !!Number(row.isPublic) } : null;
  }
  const release = (await database.select().from(releases).where(eq(releases.id, target.id)).limit(1))[0];
  if (!release) return null;
  const isPublic = release.status === "published" && release.releaseAt <= now;
  return { pageId: await releaseController(database, release), title: release.title, durationMs: null, commentsOff: false, isPublic };
}

const targetColumn = (target: CommentTarget) => (target.type === "track" ? { trackId: target.id, releaseId: null } : { trackId: null, releaseId: target.id });

/**
 * Tells the people a comment mentions, unless they and the author block each
 * other or they turned notifications from the author off; never the author.
 */
async function notifyMentions(tx: ChorusDb, authorId: string, body: string, target: CommentTarget, title: string, now: Date): Promise<number> {
  const handles = mentionedHandles(body).slice(0, MAX_MENTIONS);
  if (!handles.length) return 0;
  const found = await tx
    .select({ id: profiles.id })
    .from(profiles)
    .where(and(inArray(sql`lower(${profiles.handle})`, handles.map((h) => h.toLowerCase())), isNull(profiles.deletedAt)));
  const recipients: string[] = [];
  for (const { id } of found) {
    if (id === authorId || (await blockedEitherWay(tx, id, authorId))) continue;
    const muted = (await tx.select({ level: follows.notifyLevel }).from(follows).where(and(eq(follows.followerId, id), eq(follows.followeeId, authorId))).limit(1))[0];
    if (muted?.level === "off") continue;
    recipients.push(id);
  }
  return await notify(tx, recipients, { type: "mention", actorId: authorId, objectType: target.type, objectId: target.id, text: `mentioned you in a comment on “${title}”`, at: now });
}

/**
 * Posts a comment (or a reply to a top-level comment) as `authorId`. Refused:
 * an unpublished target, comments turned off, an author the page blocked, a
 * reply to a reply or to another target, a moment outside the track.
 */
export async function postComment(
  database: ChorusDb,
  input: { authorId: string; target: CommentTarget; body: string; parentId?: string | null; atMs?: number | null },
  now = new Date(),
): Promise<CommentResult> {
  const found = await findTarget(database, input.target, now);
  if (!found || !found.isPublic) return { ok: false, message: input.target.type === "track" ? "comments.trackUnavailable" : "comments.releaseUnavailable" };
  if (found.commentsOff) return { ok: false, message: "comments.turnedOff" };
  if (await blockedEitherWay(database, found.pageId, input.authorId)) return { ok: false, message: "comments.blocked" };
  let atMs = input.atMs ?? null;
  if (atMs !== null && (input.target.type !== "track" || atMs < 0 || (found.durationMs !== null && atMs > found.durationMs))) return { ok: false, message: "comments.momentOutside" };
  let parentAuthor: string | null = null;
  if (input.parentId) {
    const parent = (await database.select().from(comments).where(eq(comments.id, input.parentId)).limit(1))[0];
    const sameTarget = parent && (input.target.type === "track" ? parent.trackId === input.target.id : parent.releaseId === input.target.id);
    if (!parent || !sameTarget || parent.hiddenAt) return { ok: false, message: "comments.gone" };
    if (parent.parentId) return { ok: false, message: "comments.replyToFirst" };
    if (await blockedEitherWay(database, parent.authorId, input.authorId)) return { ok: false, message: "comments.cannotReply" };
    parentAuthor = parent.authorId;
    atMs = null;
  }
  return await database.transaction(async (tx) => {
    const id = (await tx
      .insert(comments)
      .values({ ...targetColumn(input.target), authorId: input.authorId, parentId: input.parentId ?? null, body: input.body, atMs, createdAt: now })
      .returning({ id: comments.id }))[0].id;
    await notifyMentions(tx, input.authorId, input.body, input.target, found.title, now);
    if (parentAuthor && parentAuthor !== input.authorId) {
      await notify(tx, [parentAuthor], { type: "comment", actorId: input.authorId, objectType: input.target.type, objectId: input.target.id, text: `replied to your comment on “${found.title}”`, at: now });
    }
    const team = (await pageManagerRecipients(tx, found.pageId, "publish_music")).filter((id) => id !== input.authorId && id !== parentAuthor);
    await notify(tx, team, { type: "comment", actorId: input.authorId, objectType: input.target.type, objectId: input.target.id, text: `commented on “${found.title}”`, at: now });
    await signal(tx, "comments", liveKey(input.target));
    return { ok: true as const, id };
  });
}

const targetOf = (c: typeof comments.$inferSelect): CommentTarget => (c.trackId ? { type: "track", id: c.trackId } : { type: "release", id: c.releaseId! });

export async function findComment(database: Pick<ChorusDb, "select">, commentId: string) {
  return (await database.select().from(comments).where(eq(comments.id, commentId)).limit(1))[0];
}

/** The page whose team moderates a comment (the page of the track or release it is on). */
export async function commentPage(database: ChorusDb, commentId: string): Promise<string | null> {
  const c = await findComment(database, commentId);
  if (!c) return null;
  return (await findTarget(database, targetOf(c)))?.pageId ?? null;
}

/** The author fixes a comment within five minutes of posting it. */
export async function editComment(database: ChorusDb, input: { commentId: string; authorId: string; body: string }, now = new Date()): Promise<CommentResult> {
  const c = await findComment(database, input.commentId);
  if (!c || c.authorId !== input.authorId) return { ok: false, message: "comments.gone" };
  if (!mayStillEdit(c.createdAt, now)) return { ok: false, message: "comments.editWindow" };
  await database.transaction(async (tx) => {
    await tx.update(comments).set({ body: input.body, editedAt: now }).where(eq(comments.id, c.id));
    await signal(tx, "comments", liveKey(targetOf(c)));
  });
  return { ok: true, message: "common.saved" };
}

/** Deletes a comment and its replies: by its author (`authorId`), or by the page's team (checked by the caller). */
export async function deleteComment(database: ChorusDb, commentId: string, authorId?: string): Promise<CommentResult> {
  const c = await findComment(database, commentId);
  if (!c || (authorId !== undefined && c.authorId !== authorId)) return { ok: false, message: "comments.gone" };
  await database.transaction(async (tx) => {
    await tx.delete(comments).where(or(eq(comments.id, c.id), eq(comments.parentId, c.id)));
    await signal(tx, "comments", liveKey(targetOf(c)));
  });
  return { ok: true, message: "comments.deleted" };
}

/** The page's team hides a comment from everyone but its author and the team, or shows it again. */
export async function setCommentHidden(database: ChorusDb, commentId: string, hidden: boolean, now = new Date()): Promise<CommentResult> {
  const c = await findComment(database, commentId);
  if (!c) return { ok: false, message: "comments.gone" };
  await database.transaction(async (tx) => {
    await tx.update(comments).set({ hiddenAt: hidden ? now : null }).where(eq(comments.id, c.id));
    await signal(tx, "comments", liveKey(targetOf(c)));
  });
  return { ok: true, message: hidden ? "comments.hidden" : "comments.shown" };
}

/** The page's team turns comments on a track off (existing ones stay, no new ones) or on again. */
export async function setTrackCommentsOff(database: ChorusDb, trackId: string, off: boolean): Promise<CommentResult> {
  await database.transaction(async (tx) => {
    await tx.update(tracks).set({ commentsOff: off }).where(eq(tracks.id, trackId));
    await signal(tx, "comments", liveKey({ type: "track", id: trackId }));
  });
  return { ok: true, message: off ? "comments.off" : "comments.on" };
}

/** A listener reports a comment: kept with its text, so the report stands if the comment is deleted. */
export async function reportComment(database: ChorusDb, input: { commentId: string; reporterId: string; reason: string }, now = new Date()): Promise<CommentResult> {
  const c = await findComment(database, input.commentId);
  if (!c) return { ok: false, message: "comments.gone" };
  if (c.authorId === input.reporterId) return { ok: false, message: "comments.ownComment" };
  await fileReport(database, { reporterId: input.reporterId, profileId: c.authorId, reason: input.reason, targetType: "comment", targetId: c.id, excerpt: c.body, now });
  return { ok: true, message: "comments.reportSent" };
}
