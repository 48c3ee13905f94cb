import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mediaFiles, profiles, releases, tracks, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { addTrack, createPlaylist, MAX_TRACKS, moveTrack, playlistCovers, playlistOrder, playlistsOf, removeTrack, setPlaylistCover } from "./playlists";
import { searchPlaylistIds } from "@/lib/search/playlists";
import { readFeedPage } from "@/lib/feed/feed";
import { groupActivities } from "@/lib/feed/group";
import { inviteCollaborator, mayEditTracks, removeCollaborator, respondToInvite } from "./collaborators";
import { blocks, notifications, playlistTracks } from "@/db/schema";
import { followedPlaylists, savedReleaseIds, setPlaylistFollow, setReleaseSaved } from "./library";

describe("playlists", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let me = "";
  const ids: string[] = [];
  let hidden = "";

  beforeEach(async () => {
    t = await tempDatabase();
    ids.length = 0;
    const u = (await t.db.insert(users).values({ email: "l@x.test", name: "L" }).returning())[0];
    me = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "me", name: "Me" }).returning())[0].id;
    const artist = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "artist", handle: "band", name: "Band" }).returning())[0].id;
    const audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "a.wav" }).returning())[0].id;
    const past = new Date(Date.now() - 86_400_000);
    for (const title of ["A", "B", "C", "D"]) ids.push((await t.db.insert(tracks).values({ profileId: artist, title, audioId: audio, durationMs: 1000, status: "published", publishedAt: past }).returning())[0].id);
    const later = (await t.db.insert(releases).values({ profileId: artist, title: "Soon", releaseAt: new Date(Date.now() + 86_400_000), status: "published" }).returning())[0].id;
    hidden = (await t.db.insert(tracks).values({ profileId: artist, releaseId: later, title: "Soon", audioId: audio, durationMs: 1000, status: "published", publishedAt: past }).returning())[0].id;
  });
  afterEach(() => t.close());

  it("adds public tracks once each, in order, and never an unreleased one", async () => {
    const created = await createPlaylist(t.db, me, { title: "Mix", description: "", isPublic: false, firstTrackId: ids[0] });
    const id = created.ok ? created.data!.id : "";
    for (const track of ids.slice(1)) expect(await addTrack(t.db, id, track)).toMatchObject({ ok: true });
    expect(await addTrack(t.db, id, ids[0])).toMatchObject({ ok: true, message: /already/ });
    expect(await addTrack(t.db, id, hidden)).toMatchObject({ ok: false });
    expect(await playlistOrder(t.db, id)).toEqual(ids);
    expect(await playlistsOf(t.db, me, false)).toEqual([]);
    expect((await playlistsOf(t.db, me, true)).map((p) => [p.title, p.trackCount])).toEqual([["Mix", 4]]);
    expect(MAX_TRACKS).toBe(1000);
  });

  it("is found by the words of its title when public; its picture is its cover or a mosaic of its tracks' covers", async () => {
    const pub = await createPlaylist(t.db, me, { title: "Late Night Drive", description: "", isPublic: true });
    await createPlaylist(t.db, me, { title: "Late night secrets", description: "", isPublic: false });
    await createPlaylist(t.db, me, { title: "100% bangers", description: "", isPublic: true });
    const id = pub.ok ? pub.data!.id : "";
    expect(await searchPlaylistIds(t.db, "night LATE")).toEqual([id]);
    expect(await searchPlaylistIds(t.db, "drive morning")).toEqual([]);
    // A % typed is a percent sign, not a wildcard.
    expect((await searchPlaylistIds(t.db, "%")).length).toBe(1);

    const covers = await Promise.all(["c1", "c2", "c3", "c4", "c5"].map(async (name) => (await t.db.insert(mediaFiles).values({ kind: "image", mime: "image/webp", bytes: 1, path: `${name}.webp` }).returning())[0].id));
    for (const [i, track] of ids.entries()) await t.db.update(tracks).set({ coverId: covers[i % 3] }).where(eq(tracks.id, track));
    await t.db.update(tracks).set({ coverId: covers[4] }).where(eq(tracks.id, hidden));
    for (const track of ids) await addTrack(t.db, id, track);
    // Three different covers among four tracks (one repeats); the unreleased track's never shows.
    expect((await playlistCovers(t.db, [id])).get(id)).toEqual({ coverUrl: null, mosaic: covers.slice(0, 3).map((c) => `/api/media/${c}?w=192`) });
    await setPlaylistCover(t.db, id, covers[3]);
    expect((await playlistCovers(t.db, [id])).get(id)).toEqual({ coverUrl: `/api/media/${covers[3]}`, mosaic: [] });
  });

  it("collaborative: the owner invites by handle, the invitee is told and accepts, then adds tracks (credited) until they leave", async () => {
    const u = (await t.db.insert(users).values({ email: "f@x.test", name: "F" }).returning())[0];
    const friend = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "friend", name: "Friend" }).returning())[0].id;
    const created = await createPlaylist(t.db, me, { title: "Road trip", description: "", isPublic: false });
    const id = created.ok ? created.data!.id : "";
    expect(await inviteCollaborator(t.db, id, friend, "@me")).toMatchObject({ ok: false });
    expect(await inviteCollaborator(t.db, id, me, "@nobody_here")).toEqual({ ok: false, message: "Nobody on Chorus is called @nobody_here." });
    expect(await inviteCollaborator(t.db, id, me, "@Friend")).toMatchObject({ ok: true });
    expect(await inviteCollaborator(t.db, id, me, "friend")).toEqual({ ok: false, message: "@friend is already invited." });
    expect((await t.db.select().from(notifications).where(eq(notifications.recipientId, friend)))[0]).toMatchObject({ type: "playlist_invite", objectType: "playlist", objectId: id });
    // Invited is not yet allowed.
    expect(await mayEditTracks(t.db, id, friend)).toBe(false);
    expect(await respondToInvite(t.db, id, friend, true)).toMatchObject({ ok: true });
    expect(await mayEditTracks(t.db, id, friend)).toBe(true);
    await addTrack(t.db, id, ids[0], new Date(), friend);
    expect((await t.db.select().from(playlistTracks).where(eq(playlistTracks.playlistId, id)))[0].addedBy).toBe(friend);
    expect(await removeCollaborator(t.db, id, friend)).toMatchObject({ ok: true });
    expect(await mayEditTracks(t.db, id, friend)).toBe(false);
    expect(await playlistOrder(t.db, id)).toEqual([ids[0]]);
    // Someone who blocked the owner cannot be invited.
    await t.db.insert(blocks).values({ blockerId: friend, blockedId: me });
    expect(await inviteCollaborator(t.db, id, me, "friend")).toEqual({ ok: false, message: "You can't invite @friend." });
  });

  it("additions to a followed public playlist reach the follower's stream as one card per day; a private one's never do", async () => {
    const u = (await t.db.insert(users).values({ email: "fan@x.test", name: "Fan" }).returning())[0];
    const fan = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "fan", name: "Fan" }).returning())[0].id;
    const pub = await createPlaylist(t.db, me, { title: "Public", description: "", isPublic: true });
    const priv = await createPlaylist(t.db, me, { title: "Private", description: "", isPublic: false });
    const [a, b] = [pub, priv].map((r) => (r.ok ? r.data!.id : ""));
    await setPlaylistFollow(t.db, fan, a, true);
    expect((await readFeedPage(t.db, fan, null)).rows).toEqual([]);
    await addTrack(t.db, a, ids[0], new Date(Date.now() - 2000), me);
    await addTrack(t.db, a, ids[1], new Date(Date.now() - 1000), me);
    await addTrack(t.db, b, ids[2], new Date(Date.now() - 500), me);
    const { rows } = await readFeedPage(t.db, fan, null);
    expect(rows.map((r) => [r.objectType, r.objectId])).toEqual([["playlist", a], ["playlist", a]]);
    expect(groupActivities(rows)).toHaveLength(1);
  });

  it("moves one track and shifts only those between; removing closes the gap", async () => {
    const created = await createPlaylist(t.db, me, { title: "Mix", description: "", isPublic: true });
    const id = created.ok ? created.data!.id : "";
    for (const track of ids) await addTrack(t.db, id, track);
    await moveTrack(t.db, id, ids[3], 1);
    expect(await playlistOrder(t.db, id)).toEqual([ids[3], ids[0], ids[1], ids[2]]);
    await moveTrack(t.db, id, ids[3], 99);
    expect(await playlistOrder(t.db, id)).toEqual(ids);
    await moveTrack(t.db, id, ids[0], 3);
    expect(await playlistOrder(t.db, id)).toEqual([ids[1], ids[2], ids[0], ids[3]]);
    expect(await removeTrack(t.db, id, ids[2])).toMatchObject({ ok: true });
    expect(await playlistOrder(t.db, id)).toEqual([ids[1], ids[0], ids[3]]);
    await moveTrack(t.db, id, ids[3], 1);
    expect(await playlistOrder(t.db, id)).toEqual([ids[3], ids[1], ids[0]]);
  });

  it("Library: follow someone else's public playlist (never your own or a private one), save only released releases", async () => {
    const u = (await t.db.insert(users).values({ email: "o@x.test", name: "O" }).returning())[0];
    const other = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "other", name: "Other" }).returning())[0].id;
    const open = await createPlaylist(t.db, me, { title: "Open", description: "", isPublic: true });
    const closed = await createPlaylist(t.db, me, { title: "Closed", description: "", isPublic: false });
    const [openId, closedId] = [open.ok ? open.data!.id : "", closed.ok ? closed.data!.id : ""];
    expect(await setPlaylistFollow(t.db, me, openId, true)).toMatchObject({ ok: false });
    expect(await setPlaylistFollow(t.db, other, closedId, true)).toMatchObject({ ok: false });
    expect(await setPlaylistFollow(t.db, other, openId, true)).toEqual({ ok: true, on: true });
    expect((await followedPlaylists(t.db, other)).map((p) => p.title)).toEqual(["Open"]);
    const soon = (await t.db.select({ id: tracks.releaseId }).from(tracks).where(eq(tracks.id, hidden)))[0].id!;
    expect(await setReleaseSaved(t.db, other, soon, true)).toMatchObject({ ok: false });
    expect(await savedReleaseIds(t.db, other)).toEqual([]);
  });
});
