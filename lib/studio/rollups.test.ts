import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mediaFiles, pageListeners, pageStatsDaily, profiles, releases, tracks, users } from "@/db/schema";
import { setLike } from "@/lib/discovery/likes";
import { setTrackShare } from "@/lib/feed/reposts";
import { setFollow } from "@/lib/follows/follow";
import { recordListenEvent, recordPlay } from "@/lib/music/plays";
import { tempDatabase } from "@/lib/test/db";
import { METRICS, monthly, rebuildPageStats } from "./rollups";

const DAY = 86_400_000;

describe("Studio's daily rollups", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let page = "";
  let track = "";
  const fans: string[] = [];

  beforeEach(async () => {
    t = await tempDatabase();
    fans.length = 0;
    const owner = (await t.db.insert(users).values({ email: "artist@x.test", name: "Artist" }).returning())[0];
    page = (await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "the_band", name: "The Band" }).returning())[0].id;
    const audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "a.wav" }).returning())[0];
    const release = (await t.db.insert(releases).values({ profileId: page, title: "First", kind: "single", releaseAt: new Date(Date.now() - 30 * DAY) }).returning())[0];
    track = (await t.db.insert(tracks).values({ profileId: page, releaseId: release.id, title: "Song", audioId: audio.id, durationMs: 60_000 }).returning())[0].id;
    const places = [
      ["Lyon", "FR"],
      ["Lyon", "FR"],
      ["Berlin", "DE"],
    ];
    for (const [i, [city, country]] of places.entries()) {
      const u = (await t.db.insert(users).values({ email: `fan${i}@x.test`, name: `Fan ${i}` }).returning())[0];
      fans.push((await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `fan_${i}`, name: `Fan ${i}`, city, country }).returning())[0].id);
    }
  });
  afterEach(() => t.close());

  const stat = async (metric: string, day?: string, dimension?: string) =>
    (await t.db.select().from(pageStatsDaily).where(and(eq(pageStatsDaily.profileId, page), eq(pageStatsDaily.metric, metric)))).filter((r) => (day ? r.day === day : true) && (dimension === undefined || r.dimension === dimension)).reduce((a, r) => a + r.value, 0);

  it("counts plays per track and source, a listener once a day, and as new only on their first day", async () => {
    const day1 = new Date("2026-11-01T10:00:00Z");
    const day2 = new Date("2026-11-02T10:00:00Z");
    await recordPlay(t.db, { trackId: track, listenerKey: "k0", listenerId: fans[0], source: "app", now: day1 });
    await recordPlay(t.db, { trackId: track, listenerKey: "k0", listenerId: fans[0], source: "embed", now: new Date(day1.getTime() + 60_000) });
    await recordPlay(t.db, { trackId: track, listenerKey: "k1", listenerId: fans[1], source: "app", now: day1 });
    await recordPlay(t.db, { trackId: track, listenerKey: "k0", listenerId: fans[0], source: "app", now: day2 });
    await recordPlay(t.db, { trackId: track, listenerKey: "anon", listenerId: null, source: "discovery", now: day2 });

    expect(await stat(METRICS.plays, "2026-11-01", track)).toBe(3);
    expect(await stat(METRICS.playSources, undefined, "app")).toBe(3);
    expect(await stat(METRICS.playSources, undefined, "discovery")).toBe(1);
    expect(await stat(METRICS.listeners, "2026-11-01")).toBe(2);
    expect(await stat(METRICS.listeners, "2026-11-02")).toBe(1);
    expect(await stat(METRICS.newListeners, "2026-11-01")).toBe(2);
    expect(await stat(METRICS.newListeners, "2026-11-02")).toBe(0);
    expect(await stat(METRICS.playCountries, undefined, "FR")).toBe(4);
    expect(await stat(METRICS.playCountries, undefined, "")).toBe(1);
    // The same counts per calendar month, for a year's charts.
    expect(await stat(monthly(METRICS.plays), "2026-11", track)).toBe(5);
    expect(await stat(monthly(METRICS.listeners), "2026-11")).toBe(3);
    expect(await stat(monthly(METRICS.newListeners), "2026-11")).toBe(2);
  });

  it("keeps where followers are net of unfollows, and which website's button they used", async () => {
    const now = new Date("2026-11-03T09:00:00Z");
    await setFollow(t.db, { followerId: fans[0], followeeId: page, follow: true, source: "embed", sourceOrigin: "https://blog.example", now });
    await setFollow(t.db, { followerId: fans[1], followeeId: page, follow: true, source: "search", now });
    await setFollow(t.db, { followerId: fans[2], followeeId: page, follow: true, now });
    await setFollow(t.db, { followerId: fans[1], followeeId: page, follow: false, now });
    // A repeated follow changes nothing.
    await setFollow(t.db, { followerId: fans[0], followeeId: page, follow: true, source: "embed", sourceOrigin: "https://blog.example", now });

    expect(await stat(METRICS.follows)).toBe(3);
    expect(await stat(METRICS.unfollows)).toBe(1);
    expect(await stat(METRICS.followWebsites, undefined, "https://blog.example")).toBe(1);
    expect(await stat(METRICS.followerCountries, undefined, "FR")).toBe(1);
    expect(await stat(METRICS.followerCountries, undefined, "DE")).toBe(1);
    expect(await stat(METRICS.followerCities, undefined, "Lyon|FR")).toBe(1);
  });

  it("counts plays heard to the end and early skips once per listener and 30 s, and a rebuild keeps them", async () => {
    const at = new Date("2026-11-05T10:00:00Z");
    // Heard to the end only counts after a counted play by the same listener.
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k0", event: "complete", now: at })).toBe(false);
    await recordPlay(t.db, { trackId: track, listenerKey: "k0", listenerId: fans[0], source: "app", now: new Date(at.getTime() - 120_000) });
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k0", event: "complete", now: at })).toBe(true);
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k0", event: "complete", now: new Date(at.getTime() + 5_000) })).toBe(false);
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k1", event: "skip", now: at })).toBe(true);
    expect(await stat(METRICS.completions, "2026-11-05", track)).toBe(1);
    expect(await stat(monthly(METRICS.skips), "2026-11", track)).toBe(1);
    await rebuildPageStats(t.db, [page]);
    expect(await stat(METRICS.completions, "2026-11-05", track)).toBe(1);
    expect(await stat(METRICS.skips, "2026-11-05", track)).toBe(1);
    // A script flicking through tracks gets 60 skips an hour, not more.
    let counted = 0;
    for (let i = 0; i < 70; i++) if (await recordListenEvent(t.db, { trackId: track, listenerKey: "bot", event: "skip", now: new Date(at.getTime() + i * 31_000) })) counted++;
    expect(counted).toBe(60);
  });

  it("counts likes, queue adds and shares once a day per listener and track, never the creator's own, and a rebuild agrees", async () => {
    const at = new Date("2026-11-05T10:00:00Z");
    await t.db.update(tracks).set({ status: "published", publishedAt: new Date(at.getTime() - DAY) }).where(eq(tracks.id, track));
    // Like, unlike, like again: one like that day; the next day counts again.
    await setLike(t.db, fans[0], "track", track, true, at);
    await setLike(t.db, fans[0], "track", track, false, new Date(at.getTime() + 1000));
    await setLike(t.db, fans[0], "track", track, true, new Date(at.getTime() + 2000));
    await setLike(t.db, fans[1], "track", track, true, at);
    await setLike(t.db, page, "track", track, true, at);
    // The page owner's own listener profile is the creator too.
    const ownerId = (await t.db.select({ ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, page)))[0].ownerId;
    const ownersListener = (await t.db.insert(profiles).values({ ownerId, kind: "listener", handle: "artist_self", name: "Artist" }).returning())[0].id;
    await setLike(t.db, ownersListener, "track", track, true, at);
    await setTrackShare(t.db, ownersListener, track, true, at);
    expect(await stat(METRICS.likes, "2026-11-05", track)).toBe(2);
    // Added to the queue: once a day per listener, 60 an hour at most per listener.
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k0", event: "queue", now: at })).toBe(true);
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k0", event: "queue", now: new Date(at.getTime() + 60_000) })).toBe(false);
    expect(await recordListenEvent(t.db, { trackId: track, listenerKey: "k0", event: "queue", now: new Date(at.getTime() + DAY + 1000) })).toBe(true);
    expect(await stat(METRICS.queued, undefined, track)).toBe(2);
    // Shared to followers: once a day per sharer, the page's own share not counted.
    await setTrackShare(t.db, fans[2], track, true, at);
    await setTrackShare(t.db, fans[2], track, false, new Date(at.getTime() + 1000));
    await setTrackShare(t.db, fans[2], track, true, new Date(at.getTime() + 2000));
    await setTrackShare(t.db, page, track, true, at);
    expect(await stat(METRICS.shares, "2026-11-05", track)).toBe(1);
    expect(await stat(monthly(METRICS.shares), "2026-11", track)).toBe(1);
    await rebuildPageStats(t.db, [page]);
    // Likes are rebuilt from the likes standing (the owner's own left out); queue adds and shares are kept.
    expect([await stat(METRICS.likes, "2026-11-05", track), await stat(METRICS.queued, undefined, track), await stat(METRICS.shares, "2026-11-05", track)]).toEqual([2, 2, 1]);
  });

  it("a rebuild from the raw rows gives what the incremental path wrote (for follows never undone)", async () => {
    const base = new Date("2026-10-01T08:00:00Z").getTime();
    for (let d = 0; d < 5; d++) for (const [i, fan] of fans.entries()) if ((d + i) % 2 === 0) await recordPlay(t.db, { trackId: track, listenerKey: `k${i}`, listenerId: fan, source: i ? "app" : "embed", now: new Date(base + d * DAY + i * 1000) });
    for (const fan of fans) await setFollow(t.db, { followerId: fan, followeeId: page, follow: true, now: new Date(base + 2 * DAY) });
    const rows = async () => [
      ...(await t.db.select().from(pageStatsDaily)).map((r) => `${r.metric}|${r.day}|${r.dimension}|${r.value}`),
      ...(await t.db.select().from(pageListeners)).map((r) => `listener|${r.listenerId}|${r.firstDay}|${r.lastDay}`),
    ].sort();
    const before = await rows();
    await rebuildPageStats(t.db, [page]);
    expect(await rows()).toEqual(before);
    expect(before.length).toBeGreaterThan(10);
  });
});
