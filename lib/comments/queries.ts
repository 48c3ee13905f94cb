import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { blocks, comments, profiles, tracks } from "@/db/schema";
import { authorizePage } from "@/lib/auth/policy";
import { mediaUrl } from "@/lib/media/urls";
import { findTarget, type CommentTarget } from "./comments";
import { mayStillEdit } from "./rules";

export type CommentView = {
  id: string;
  body: string;
  atMs: number | null;
  createdAt: string;
  edited: boolean;
  hidden: boolean;
  author: { id: string; handle: string; name: string; avatarUrl: string | null };
  mine: boolean;
  canEdit: boolean;
  replies: CommentView[];
};

export type CommentsView = {
  comments: CommentView[];
  count: number;
  commentsOff: boolean;
  /** The viewer moderates these comments (the page's team). */
  team: boolean;
  signedIn: boolean;
};

/** How many top-level comments a page shows (newest first); their replies come along. */
const LIMIT = 300;

/**
 * The comments on a track or release as `viewer` sees them: hidden ones only
 * for their author and the page's team, none from profiles the viewer blocked.
 * Null when the target is not public (and the viewer is not on its team).
 */
export async function commentsFor(target: CommentTarget, viewer: { userId: string; profileId: string } | null, now = new Date()): Promise<CommentsView | null> {
  const found = await findTarget(db, target, now);
  if (!found) return null;
  const team = !!viewer && (await authorizePage(db, viewer.userId, found.pageId, "publish_music")).ok;
  if (!found.isPublic && !team) return null;
  const rows = await db
    .select({ c: comments, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId })
    .from(comments)
    .innerJoin(profiles, eq(profiles.id, comments.authorId))
    .where(target.type === "track" ? eq(comments.trackId, target.id) : eq(comments.releaseId, target.id))
    .orderBy(desc(comments.createdAt))
    .limit(5000);
  // The newest 5,000, read oldest first so a reply finds its comment above it.
  rows.reverse();
  const authors = [...new Set(rows.map((r) => r.c.authorId))];
  const blocked = new Set(
    viewer && authors.length ? (await db.select({ id: blocks.blockedId }).from(blocks).where(and(eq(blocks.blockerId, viewer.profileId), inArray(blocks.blockedId, authors)))).map((b) => b.id) : [],
  );
  const views = new Map<string, CommentView>();
  const top: CommentView[] = [];
  for (const r of rows) {
    const mine = r.c.authorId === viewer?.profileId;
    if (blocked.has(r.c.authorId) || (r.c.hiddenAt && !mine && !team)) continue;
    const view: CommentView = {
      id: r.c.id,
      body: r.c.body,
      atMs: r.c.atMs,
      createdAt: r.c.createdAt.toISOString(),
      edited: !!r.c.editedAt,
      hidden: !!r.c.hiddenAt,
      author: { id: r.c.authorId, handle: r.handle, name: r.name, avatarUrl: r.avatarId ? `${mediaUrl(r.avatarId)}?w=48` : null },
      mine,
      canEdit: mine && mayStillEdit(r.c.createdAt, now),
      replies: [],
    };
    if (r.c.parentId) views.get(r.c.parentId)?.replies.push(view);
    else {
      views.set(view.id, view);
      top.push(view);
    }
  }
  const newestFirst = top.reverse().slice(0, LIMIT);
  return { comments: newestFirst, count: newestFirst.reduce((n, c) => n + 1 + c.replies.length, 0), commentsOff: found.commentsOff, team, signedIn: !!viewer };
}

/** A cheap fingerprint of a target's comments: changes when one is posted, edited, hidden or deleted. */
export async function commentsVersion(target: CommentTarget): Promise<string> {
  const row = (await db
    .select({ n: sql<number>`count(*)`, a: sql<number>`max(${comments.createdAt})`, e: sql<number>`max(${comments.editedAt})`, h: sql<number>`max(${comments.hiddenAt})`, hs: sql<number>`count(${comments.hiddenAt})` })
    .from(comments)
    .where(target.type === "track" ? eq(comments.trackId, target.id) : eq(comments.releaseId, target.id)))[0];
  const off = target.type === "track" ? (await db.select({ off: tracks.commentsOff }).from(tracks).where(eq(tracks.id, target.id)).limit(1))[0]?.off : false;
  return JSON.stringify({ ...row, off });
}
