import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocks, comments, follows, notifications, profiles, reports, users } from "@/db/schema";
import { saveMedia } from "@/lib/media/store";
import { createRelease } from "@/lib/music/releases";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { deleteComment, editComment, postComment, reportComment, setCommentHidden, setTrackCommentsOff, type CommentTarget } from "./comments";
import { commentSegments, mentionedHandles } from "./rules";

let t: Awaited<ReturnType<typeof tempDatabase>>;
/** A result as a person reads it (messages are keys of the "errors" namespace). */
const said = <R extends { message?: string }>(result: R): R => ("message" in result ? { ...result, message: english(result.message) } : result);
let artist: string;
let fan: string;
let friend: string;
let artistOwnerListener: string;
let target: CommentTarget;
let future: CommentTarget;
beforeEach(async () => {
  t = await tempDatabase();
  process.env.UPLOADS_DIR = path.join(t.dir, "uploads");
  const person = async (handle: string, kind: "listener" | "artist" = "listener") => {
    const u = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
    return (await t.db.insert(profiles).values({ ownerId: u.id, kind, handle, name: handle }).returning())[0].id;
  };
  artist = await person("nova", "artist");
  const artistOwner = (await t.db.select({ ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, artist)))[0].ownerId;
  artistOwnerListener = (await t.db.insert(profiles).values({ ownerId: artistOwner, kind: "listener", handle: "nova_owner", name: "Nova's owner" }).returning())[0].id;
  fan = await person("fan");
  friend = await person("friend");
  const audio = await saveMedia(t.db, { ownerId: (await t.db.select().from(users).limit(1))[0].id, kind: "audio", mime: "audio/wav", bytes: Buffer.from("RIFF"), durationMs: 60_000 });
  const r = await createRelease(t.db, { profileId: artist, title: "Glass", kind: "single", releaseAt: new Date(Date.now() - 60_000), coverId: null, genre: null, explicit: false, embedFullPlays: true, tracks: [{ title: "Glass", audioId: audio, durationMs: 60_000 }], credits: "", notify: false });
  target = { type: "track", id: r.trackIds[0] };
  const later = await createRelease(t.db, { profileId: artist, title: "Soon", kind: "single", releaseAt: new Date(Date.now() + 86_400_000), coverId: null, genre: null, explicit: false, embedFullPlays: true, tracks: [{ title: "Soon", audioId: audio, durationMs: 60_000 }], credits: "", notify: false });
  future = { type: "track", id: later.trackIds[0] };
});
afterEach(() => t.close());

const noticesOf = async (profileId: string, type: "mention" | "comment") => await t.db.select().from(notifications).where(and(eq(notifications.recipientId, profileId), eq(notifications.type, type)));
const post = (authorId: string, body: string, extra: { parentId?: string; atMs?: number | null; on?: CommentTarget } = {}) => postComment(t.db, { authorId, target: extra.on ?? target, body, parentId: extra.parentId, atMs: extra.atMs });

describe("comment text", () => {
  it("finds @mentions, not emails or paths", () => {
    expect(mentionedHandles("@friend and @Friend, mail me at a@b.com, see /@nova or @no")).toEqual(["friend"]);
    expect(commentSegments("hi @friend!")).toEqual([{ text: "hi " }, { handle: "friend" }, { text: "!" }]);
  });
});

describe("comments", () => {
  it("pins a comment to a moment of the track, and refuses one outside it", async () => {
    const ok = await post(fan, "that drop", { atMs: 42_000 });
    expect(ok.ok).toBe(true);
    expect((await t.db.select().from(comments))[0]).toMatchObject({ atMs: 42_000, trackId: target.id });
    expect(said(await post(fan, "after the end", { atMs: 61_000 }))).toEqual({ ok: false, message: "That moment is not in the track." });
  });

  it("refuses comments on music that is not out, with comments off, or from someone the page blocked", async () => {
    expect((await post(fan, "early", { on: future })).ok).toBe(false);
    await setTrackCommentsOff(t.db, target.id, true);
    expect(said(await post(fan, "hello"))).toEqual({ ok: false, message: "Comments are turned off for this track." });
    await setTrackCommentsOff(t.db, target.id, false);
    await t.db.insert(blocks).values({ blockerId: artist, blockedId: fan });
    expect(said(await post(fan, "hello"))).toEqual({ ok: false, message: "You can't comment on this page's music." });
    expect(await t.db.select().from(comments)).toHaveLength(0);
  });

  it("replies go one level deep and tell the comment's author and the page's team", async () => {
    const first = await post(fan, "great");
    const reply = await post(friend, "agreed", { parentId: first.ok ? first.id : "" });
    expect(reply.ok).toBe(true);
    expect(said(await post(fan, "nested", { parentId: reply.ok ? reply.id : "" }))).toEqual({ ok: false, message: "Reply to the first comment of the thread." });
    expect((await noticesOf(fan, "comment")).map((n) => n.text)).toEqual(["replied to your comment on “Glass”"]);
    // The page's team hears of both, on its owner's personal profile.
    expect((await noticesOf(artistOwnerListener, "comment")).map((n) => n.text)).toEqual(["commented on “Glass”", "commented on “Glass”"]);
  });

  it("mentions notify, except across a block or when notifications from the author are off", async () => {
    await post(fan, "@friend listen to this");
    expect(await noticesOf(friend, "mention")).toHaveLength(1);
    await t.db.insert(follows).values({ followerId: friend, followeeId: fan, notifyLevel: "off" });
    await post(fan, "@friend again");
    expect(await noticesOf(friend, "mention")).toHaveLength(1);
    await t.db.update(follows).set({ notifyLevel: "all" });
    await t.db.insert(blocks).values({ blockerId: friend, blockedId: fan });
    await post(fan, "@friend hello?");
    expect(await noticesOf(friend, "mention")).toHaveLength(1);
    // Mentioning yourself rings no bell.
    await post(fan, "note to self @fan");
    expect(await noticesOf(fan, "mention")).toHaveLength(0);
  });

  it("the author edits within 5 minutes, and only the author", async () => {
    const posted = new Date(Date.now() - 60_000);
    const c = await postComment(t.db, { authorId: fan, target, body: "tpyo" }, posted);
    const id = c.ok ? c.id! : "";
    expect((await editComment(t.db, { commentId: id, authorId: friend, body: "hijack" })).ok).toBe(false);
    expect((await editComment(t.db, { commentId: id, authorId: fan, body: "typo" })).ok).toBe(true);
    expect((await t.db.select().from(comments))[0]).toMatchObject({ body: "typo", editedAt: expect.any(Date) });
    const late = await editComment(t.db, { commentId: id, authorId: fan, body: "too late" }, new Date(posted.getTime() + 5 * 60_000 + 1));
    expect(late.ok).toBe(false);
  });

  it("deleting a comment takes its replies; hiding keeps it; a report keeps the text", async () => {
    const first = await post(fan, "rude words");
    const id = first.ok ? first.id! : "";
    await post(friend, "reply", { parentId: id });
    expect((await reportComment(t.db, { commentId: id, reporterId: fan, reason: "Spam" })).ok).toBe(false);
    expect((await reportComment(t.db, { commentId: id, reporterId: friend, reason: "Harassment or hate" })).ok).toBe(true);
    await setCommentHidden(t.db, id, true);
    expect((await t.db.select().from(comments).where(eq(comments.id, id)))[0].hiddenAt).toBeInstanceOf(Date);
    expect((await deleteComment(t.db, id, friend)).ok).toBe(false);
    expect((await deleteComment(t.db, id)).ok).toBe(true);
    expect(await t.db.select().from(comments)).toHaveLength(0);
    expect((await t.db.select().from(reports))[0]).toMatchObject({ commentId: id, commentText: "rude words", profileId: fan });
  });
});
