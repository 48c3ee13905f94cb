import { and, eq, isNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activities, follows, mediaFiles, notifications, profiles, tracks, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { createRelease } from "./releases";
import { deleteRelease, findRelease, releaseTrackIds, removeTrack, reorderTracks, updateRelease, type Result } from "./edit";

/** What the person editing reads (in English): a key of the "errors" namespace, with its values. */
const said = (result: Result) => english(result.message, result.ok ? result.params : undefined);

const DAY = 86_400_000;

describe("editing what was published", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let page = "";
  let fan = "";
  let audio = "";
  const release = async (at: Date, n = 3) =>
    await createRelease(t.db, { profileId: page, title: "Night Drive", kind: "ep", releaseAt: at, coverId: null, genre: "synthpop", explicit: false, embedFullPlays: true, credits: "", tracks: Array.from({ length: n }, (_, i) => ({ title: `Song ${i + 1}`, audioId: audio, durationMs: 60_000 })) });

  beforeEach(async () => {
    t = await tempDatabase();
    const owner = (await t.db.insert(users).values({ email: "a@x.test", name: "A" }).returning())[0];
    const listener = (await t.db.insert(users).values({ email: "f@x.test", name: "F" }).returning())[0];
    page = (await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "nova", name: "Nova" }).returning())[0].id;
    fan = (await t.db.insert(profiles).values({ ownerId: listener.id, kind: "listener", handle: "fan", name: "Fan" }).returning())[0].id;
    await t.db.insert(follows).values({ followerId: fan, followeeId: page });
    audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "a.wav" }).returning())[0].id;
  });
  afterEach(() => t.close());

  const edit = { title: "Night Drive (Deluxe)", kind: "album" as const, genre: "synthwave", description: "", copyright: "℗ 2026 Nova", upc: null };

  it("keeps the date of a release that is out, and refuses to move it", async () => {
    const { releaseId } = await release(new Date(Date.now() - DAY));
    const before = (await findRelease(t.db, releaseId))!;
    const refused = await updateRelease(t.db, before, { ...edit, releaseAt: new Date(Date.now() + 5 * DAY) });
    expect(refused).toMatchObject({ ok: false, field: "releaseAt" });
    expect(said(refused)).toBe("This release is already out: its date stays.");
    expect((await findRelease(t.db, releaseId))!.title).toBe("Night Drive");
    const saved = await updateRelease(t.db, before, { ...edit, releaseAt: null });
    expect(saved).toMatchObject({ ok: true });
    expect(said(saved)).toBe("Saved. Listeners see the change now.");
    const after = (await findRelease(t.db, releaseId))!;
    expect([after.title, after.kind, after.releaseAt.getTime()]).toEqual(["Night Drive (Deluxe)", "album", before.releaseAt.getTime()]);
    const genres = (await t.db.select({ g: tracks.genre }).from(tracks).where(eq(tracks.releaseId, releaseId))).map((r) => r.g);
    expect(new Set(genres)).toEqual(new Set(["synthwave"]));
  });

  it("reschedules a scheduled release with its feed item and its followers' notifications, and never into the past", async () => {
    const { releaseId } = await release(new Date(Date.now() + 2 * DAY));
    const scheduled = (await findRelease(t.db, releaseId))!;
    expect(await updateRelease(t.db, scheduled, { ...edit, releaseAt: new Date(Date.now() - DAY) })).toMatchObject({ ok: false, field: "releaseAt" });
    const later = new Date(Date.now() + 9 * DAY);
    const moved = await updateRelease(t.db, scheduled, { ...edit, releaseAt: later });
    expect(moved).toMatchObject({ ok: true });
    expect(said(moved)).toBe(`Saved. It now comes out ${later.toISOString().slice(0, 16).replace("T", " ")} UTC.`);
    const item = (await t.db.select().from(activities).where(eq(activities.objectId, releaseId)))[0];
    const notice = (await t.db.select().from(notifications).where(and(eq(notifications.recipientId, fan), eq(notifications.objectId, releaseId))))[0];
    const trackDates = (await t.db.select({ at: tracks.publishedAt }).from(tracks).where(eq(tracks.releaseId, releaseId))).map((r) => r.at!.getTime());
    expect([item.createdAt.getTime(), notice.createdAt.getTime(), ...new Set(trackDates)]).toEqual([later.getTime(), later.getTime(), later.getTime()]);
    expect(notice.text).toBe("released Night Drive (Deluxe)");
  });

  it("reorders only with exactly the release's tracks", async () => {
    const { releaseId, trackIds } = await release(new Date(Date.now() - DAY));
    const stale = await reorderTracks(t.db, releaseId, [trackIds[2], trackIds[0]]);
    expect(stale).toMatchObject({ ok: false });
    expect(said(stale)).toBe("The track list changed meanwhile. Reload the page and try again.");
    expect(await reorderTracks(t.db, releaseId, [trackIds[2], trackIds[0], trackIds[0]])).toMatchObject({ ok: false });
    expect(await releaseTrackIds(t.db, releaseId)).toEqual(trackIds);
    expect(await reorderTracks(t.db, releaseId, [trackIds[2], trackIds[0], trackIds[1]])).toMatchObject({ ok: true });
    expect(await releaseTrackIds(t.db, releaseId)).toEqual([trackIds[2], trackIds[0], trackIds[1]]);
  });

  it("removes a track and closes the gap, but never the last one", async () => {
    const { releaseId, trackIds } = await release(new Date(Date.now() - DAY), 2);
    const removed = await removeTrack(t.db, trackIds[0]);
    expect(removed).toMatchObject({ ok: true });
    expect(said(removed)).toBe("Removed “Song 1”.");
    expect(await releaseTrackIds(t.db, releaseId)).toEqual([trackIds[1]]);
    expect((await t.db.select({ p: tracks.position }).from(tracks).where(eq(tracks.id, trackIds[1])))[0].p).toBe(1);
    const last = await removeTrack(t.db, trackIds[1]);
    expect(last).toMatchObject({ ok: false });
    expect(said(last)).toBe("This is the release's only track: delete the release instead.");
  });

  it("deletes a release: its tracks, its feed item and the notifications about it", async () => {
    const { releaseId } = await release(new Date(Date.now() - DAY));
    expect((await t.db.select().from(notifications).where(eq(notifications.objectId, releaseId))).length).toBe(1);
    const deleted = await deleteRelease(t.db, (await findRelease(t.db, releaseId))!);
    expect(deleted).toMatchObject({ ok: true });
    expect(said(deleted)).toBe("Deleted “Night Drive”.");
    expect(await findRelease(t.db, releaseId)).toBeUndefined();
    expect(await t.db.select().from(tracks).where(eq(tracks.releaseId, releaseId))).toEqual([]);
    expect(await t.db.select().from(notifications).where(eq(notifications.objectId, releaseId))).toEqual([]);
    expect(await t.db.select().from(activities).where(and(eq(activities.objectId, releaseId), isNull(activities.deletedAt)))).toEqual([]);
  });
});
