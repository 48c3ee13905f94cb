/**
 * "Personalize Discover" off: the feed is ranked as for a signed-out visitor (nothing
 * this account did is used) and what it watches or skips is not stored.
 */
import { actAs, handlerCall, setUpGuardedEnv, type World } from "@/lib/test/guarded-env";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { impressions, trackLikes, users } from "@/db/schema";

let world: World;
let cleanup: () => void;
beforeAll(async () => {
  ({ world, cleanup } = await setUpGuardedEnv());
});
afterAll(() => cleanup());

describe("personalization switch", () => {
  it("off: Discover ranks as for everyone and impressions are not kept; on: they are", async () => {
    const { getDiscoverPage } = await import("@/lib/discovery/queries");
    const { setPrivacy } = await import("@/lib/account/settings");
    const now = new Date();
    // The other account likes the world's track: a personal signal.
    await world.db.insert(trackLikes).values({ profileId: world.other.listenerId, trackId: world.track });
    const keys = (items: { key: string; reason: string }[]) => items.map((i) => `${i.key} ${i.reason}`);
    const everyone = keys(await getDiscoverPage(null, [], 8, now));
    const off = keys(await getDiscoverPage({ profileId: world.other.listenerId, city: "Berlin", personalizationOff: true }, [], 8, now));
    expect(off).toEqual(everyone);

    const impression = handlerCall("discover/impressions", "POST", () => "/api/discover/impressions", () => ({}), (w) =>
      JSON.stringify({ key: `track:${w.track}`, creatorId: w.page, reason: "New", source: "fresh", watchMs: 4000, skipped: false, liked: false, followed: false }),
    );
    actAs(world.other.userId);
    await setPrivacy(world.db, { userId: world.other.userId, profileId: world.other.listenerId }, { setting: "personalizationOff", value: true });
    expect((await impression(world)).ok).toBe(true);
    expect(await world.db.select().from(impressions).where(eq(impressions.viewerId, world.other.listenerId))).toHaveLength(0);
    await setPrivacy(world.db, { userId: world.other.userId, profileId: world.other.listenerId }, { setting: "personalizationOff", value: false });
    expect((await world.db.select().from(users).where(eq(users.id, world.other.userId)))[0].personalizationOff).toBe(false);
    expect((await impression(world)).ok).toBe(true);
    expect(await world.db.select().from(impressions).where(eq(impressions.viewerId, world.other.listenerId))).toHaveLength(1);
    // Turning it off again forgets what was learned.
    await setPrivacy(world.db, { userId: world.other.userId, profileId: world.other.listenerId }, { setting: "personalizationOff", value: true });
    expect(await world.db.select().from(impressions).where(eq(impressions.viewerId, world.other.listenerId))).toHaveLength(0);
  });
});
