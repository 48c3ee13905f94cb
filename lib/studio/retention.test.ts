import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { impressions, mediaFiles, pageListeners, pageStatsDaily, plays, profiles, releases, tracks, users } from "@/db/schema";
import { recordPlay } from "@/lib/music/plays";
import { tempDatabase } from "@/lib/test/db";
import { pruneRawEvents, rawEventsHorizon } from "./retention";
import { METRICS, monthly, rebuildPageStats } from "./rollups";

describe("the raw-event horizon", () => {
  it("is the 1st of the month twelve months before this one (13 calendar months kept)", () => {
    expect(rawEventsHorizon(new Date("2026-12-15T10:00:00Z")).toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(rawEventsHorizon(new Date("2026-01-31T23:59:59Z")).toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(rawEventsHorizon(new Date("2026-03-01T00:00:00Z")).toISOString()).toBe("2025-03-01T00:00:00.000Z");
  });
});

describe("pruning raw plays and impressions", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let page = "";
  let track = "";
  let fan = "";
  let other = "";
  const now = new Date("2026-12-15T12:00:00Z");
  const old = new Date("2025-06-10T12:00:00Z"); // before the horizon (2025-12-01)
  const recent = new Date("2026-12-01T12:00:00Z");

  beforeEach(async () => {
    t = await tempDatabase();
    const owner = (await t.db.insert(users).values({ email: "artist@x.test", name: "Artist" }).returning())[0];
    page = (await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "the_band", name: "The Band" }).returning())[0].id;
    const audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "a.wav" }).returning())[0];
    const release = (await t.db.insert(releases).values({ profileId: page, title: "First", kind: "single", releaseAt: new Date("2025-01-01T00:00:00Z") }).returning())[0];
    track = (await t.db.insert(tracks).values({ profileId: page, releaseId: release.id, title: "Song", audioId: audio.id, durationMs: 60_000 }).returning())[0].id;
    for (const handle of ["fan_a", "fan_b"]) {
      const u = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      const id = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle, name: handle, city: "Lyon", country: "FR" }).returning())[0].id;
      if (handle === "fan_a") fan = id;
      else other = id;
    }
  });
  afterEach(() => t.close());

  const stat = async (metric: string, day: string) =>
    (await t.db.select().from(pageStatsDaily).where(and(eq(pageStatsDaily.profileId, page), eq(pageStatsDaily.metric, metric), eq(pageStatsDaily.day, day)))).reduce((a, r) => a + r.value, 0);

  it("deletes only what is older than the horizon, and leaves Studio's numbers as they were", async () => {
    await recordPlay(t.db, { trackId: track, listenerKey: "a", listenerId: fan, source: "app", now: old });
    await recordPlay(t.db, { trackId: track, listenerKey: "b", listenerId: other, source: "app", now: recent });
    for (const [id, at] of [["imp_old", old], ["imp_new", recent]] as const) {
      await t.db.insert(impressions).values({ id, viewerId: fan, itemType: "track", itemId: track, creatorId: page, reason: "similar", source: "popular", shownAt: at });
    }
    const before = (await t.db.select().from(pageStatsDaily)).map((r) => `${r.metric}|${r.day}|${r.dimension}|${r.value}`).sort();

    expect(await pruneRawEvents(t.db, now)).toEqual({ plays: 1, impressions: 1, done: true });
    expect((await t.db.select().from(plays)).map((p) => p.listenerId)).toEqual([other]);
    expect((await t.db.select().from(impressions)).map((i) => i.id)).toEqual(["imp_new"]);
    expect((await t.db.select().from(pageStatsDaily)).map((r) => `${r.metric}|${r.day}|${r.dimension}|${r.value}`).sort()).toEqual(before);
    // Nothing left to prune: a second run deletes nothing.
    expect(await pruneRawEvents(t.db, now)).toEqual({ plays: 0, impressions: 0, done: true });
  });

  it("works through more rows than one batch, old and recent mixed in any order", async () => {
    const rows = Array.from({ length: 10_003 }, (_, i) => ({ trackId: track, listenerId: fan, source: "app" as const, at: i % 2 ? recent : new Date(old.getTime() + i * 1000) }));
    for (let i = 0; i < rows.length; i += 1000) await t.db.insert(plays).values(rows.slice(i, i + 1000));
    expect(await pruneRawEvents(t.db, now)).toEqual({ plays: 5_002, impressions: 0, done: true });
    expect(await t.db.$count(plays)).toBe(5_001);
  });

  it("stops when its time is up and says it is not done; the next run finishes", async () => {
    await recordPlay(t.db, { trackId: track, listenerKey: "a", listenerId: fan, source: "app", now: old });
    expect(await pruneRawEvents(t.db, now, 0)).toEqual({ plays: 0, impressions: 0, done: false });
    expect(await pruneRawEvents(t.db, now)).toEqual({ plays: 1, impressions: 0, done: true });
  });

  it("a rebuild after pruning keeps the months before the horizon, and a listener first heard then is not new again", async () => {
    await recordPlay(t.db, { trackId: track, listenerKey: "a", listenerId: fan, source: "app", now: old });
    await recordPlay(t.db, { trackId: track, listenerKey: "a", listenerId: fan, source: "app", now: recent });
    await recordPlay(t.db, { trackId: track, listenerKey: "b", listenerId: other, source: "embed", now: recent });
    const rows = async () => [
      ...(await t.db.select().from(pageStatsDaily)).map((r) => `${r.metric}|${r.day}|${r.dimension}|${r.value}`),
      ...(await t.db.select().from(pageListeners)).map((r) => `listener|${r.listenerId}|${r.firstDay}|${r.lastDay}`),
    ].sort();
    const before = await rows();
    expect(await stat(monthly(METRICS.plays), "2025-06")).toBe(1);

    await pruneRawEvents(t.db, now);
    await rebuildPageStats(t.db, [page], now);

    expect(await rows()).toEqual(before);
    expect(await stat(monthly(METRICS.plays), "2025-06")).toBe(1);
    expect(await stat(METRICS.plays, "2025-06-10")).toBe(1);
    expect(await stat(METRICS.newListeners, "2026-12-01")).toBe(1);
    expect(await stat(METRICS.listeners, "2026-12-01")).toBe(2);
  });

  it("a rebuild on raw plays that never had rollups does not count a listener first heard before the horizon as new", async () => {
    await recordPlay(t.db, { trackId: track, listenerKey: "a", listenerId: fan, source: "app", now: old });
    await recordPlay(t.db, { trackId: track, listenerKey: "a", listenerId: fan, source: "app", now: recent });
    // As if the plays were written before rollups existed.
    await t.db.delete(pageStatsDaily);
    await t.db.delete(pageListeners);
    await rebuildPageStats(t.db, [page], now);
    expect(await stat(METRICS.listeners, "2026-12-01")).toBe(1);
    expect(await stat(METRICS.newListeners, "2026-12-01")).toBe(0);
    const [known] = await t.db.select().from(pageListeners);
    expect([known.firstDay, known.lastDay]).toEqual(["2025-06-10", "2026-12-01"]);
  });
});
