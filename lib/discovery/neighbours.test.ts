/**
 * Discover's precomputed creator neighbours: the worker's refresh stores them,
 * a page reads them ("Because you follow X" for a creator whose listeners
 * overlap), and follows their owners keep private are left out.
 */
import { setUpGuardedEnv, type World } from "@/lib/test/guarded-env";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocks, creatorNeighbours, follows, profileGenres, profiles, users } from "@/db/schema";
import { testLocale } from "@/lib/test/next-intl-server-stub";

let world: World;
let cleanup: () => void;
beforeAll(async () => {
  ({ world, cleanup } = await setUpGuardedEnv());
});
afterAll(() => cleanup());

describe("creator neighbours", () => {
  it("are refreshed on a schedule, explain Discover's picks, and leave private follows out", async () => {
    const { refreshCreatorNeighbours, refreshNeighboursIfStale, loadSimilar, REFRESH_MS } = await import("./similar-store");
    const { getDiscoverPage } = await import("./queries");
    const db = world.db;
    // Three listeners follow both pages; the other account follows only Friend's Band.
    const fans = [];
    for (const i of [1, 2, 3]) {
      const [u] = await db.insert(users).values({ email: `fan${i}@x.test`, name: `Fan ${i}` }).returning();
      fans.push((await db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `fan_${i}`, name: `Fan ${i}`, country: "DE" }).returning())[0]);
    }
    for (const f of fans) await db.insert(follows).values([{ followerId: f.id, followeeId: world.page }, { followerId: f.id, followeeId: world.elsewhere }]);
    await db.insert(follows).values({ followerId: world.other.listenerId, followeeId: world.elsewhere });

    const now = new Date();
    expect(await refreshCreatorNeighbours(db, now)).toBeGreaterThan(0);
    const similar = await loadSimilar(db, [world.elsewhere]);
    expect(similar.get(world.elsewhere)?.get(world.page)).toBeGreaterThan(0);
    // Fresh: not recomputed within the hour; stale after it.
    expect(await refreshNeighboursIfStale(db, new Date(now.getTime() + 60_000))).toBeNull();
    expect(await refreshNeighboursIfStale(db, new Date(now.getTime() + REFRESH_MS + 1))).toBeGreaterThan(0);

    const page = await getDiscoverPage({ profileId: world.other.listenerId, city: null }, [], 8, new Date(now.getTime() + REFRESH_MS + 2));
    const pick = page.find((i) => i.creator.id === world.page);
    expect(pick?.reason).toBe("Because you follow Friend's Band");

    // The fans keep their follows private: they no longer make the two pages neighbours.
    await db.update(profiles).set({ hideFollows: true }).where(inArray(profiles.id, fans.map((f) => f.id)));
    await refreshCreatorNeighbours(db, new Date(now.getTime() + 2 * REFRESH_MS));
    expect(await db.select().from(creatorNeighbours).where(eq(creatorNeighbours.creatorId, world.elsewhere))).toHaveLength(0);
    // Nor, as co-followers, what Discover says to the other account.
    const after = await getDiscoverPage({ profileId: world.other.listenerId, city: null }, [], 8, new Date(now.getTime() + 2 * REFRESH_MS + 1));
    expect(after.filter((i) => i.reason === "Because you follow Friend's Band")).toEqual([]);
    expect(after.some((i) => i.creator.id === world.page)).toBe(true);

    // A page the viewer blocked, or whose owner is suspended, is not in their Discover.
    const later = new Date(now.getTime() + 2 * REFRESH_MS + 2);
    await db.insert(blocks).values({ blockerId: world.other.listenerId, blockedId: world.page });
    expect((await getDiscoverPage({ profileId: world.other.listenerId, city: null }, [], 8, later)).some((i) => i.creator.id === world.page)).toBe(false);
    await db.delete(blocks).where(eq(blocks.blockerId, world.other.listenerId));
    const owner = (await db.select({ ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, world.page)))[0].ownerId;
    await db.update(users).set({ suspendedUntil: new Date(later.getTime() + 86_400_000) }).where(eq(users.id, owner));
    expect((await getDiscoverPage(null, [], 8, later)).some((i) => i.creator.id === world.page)).toBe(false);
    await db.update(users).set({ suspendedUntil: null }).where(eq(users.id, owner));
  });
});

describe("a new listener's genres", () => {
  it("are checked and kept privately, and Discover starts from them before any follow", async () => {
    const { setGenres, genresOf } = await import("./taste");
    const { getDiscoverPage } = await import("./queries");
    const db = world.db;
    const me = world.stranger.listenerId;
    expect(await setGenres(db, me, ["polka"])).toEqual({ ok: false, message: "No one on Chorus plays polka yet." });
    // Several, as a list in the listener's language.
    expect(await setGenres(db, me, ["polka", "ska"])).toEqual({ ok: false, message: "No one on Chorus plays polka or ska yet." });
    testLocale("de");
    try {
      expect(await setGenres(db, me, ["polka", "ska", "zydeco"])).toEqual({ ok: false, message: "Auf Chorus spielt noch niemand polka, ska oder zydeco." });
    } finally {
      testLocale("en");
    }
    expect(await setGenres(db, me, ["a", "b", "c", "d", "e", "f"])).toMatchObject({ ok: false, message: "Pick up to 5 genres." });
    expect(await genresOf(db, me)).toEqual([]);
    expect(await setGenres(db, me, ["Techno", "techno"])).toEqual({ ok: true, genres: ["techno"] });
    expect(await genresOf(db, me)).toEqual(["techno"]);
    const page = await getDiscoverPage({ profileId: me, city: null }, [], 8);
    const techno = page.filter((i) => i.creator.id === world.page);
    expect(techno.length).toBeGreaterThan(0);
    expect(techno[0].reason).toBe("More techno");
    // The data export lists them.
    const { collectAccountData } = await import("@/lib/account/export");
    expect((await collectAccountData(db, world.stranger.userId))?.profile.genresYouLike).toEqual(["techno"]);
    // No creator plays techno any more: keeping it picked is still allowed, picking it anew is not.
    await db.delete(profileGenres).where(eq(profileGenres.genre, "techno"));
    expect(await setGenres(db, me, ["techno"])).toEqual({ ok: true, genres: ["techno"] });
    expect(await setGenres(db, world.other.listenerId, ["techno"])).toMatchObject({ ok: false });
  });
});
