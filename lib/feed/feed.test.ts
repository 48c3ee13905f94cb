import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activities, follows, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { countFeedSince, readFeedPage } from "./feed";
import { setNotifyLevel } from "@/lib/follows/follow";

describe("readFeedPage", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let viewer = "";
  let artist = "";
  let other = "";
  const base = Date.UTC(2026, 0, 1);
  let n = 0;
  const add = async (actorId: string, minute: number, highlight = false) =>
    await t.db.insert(activities).values({ id: `act${String(n++).padStart(4, "0")}`, actorId, verb: highlight ? "release_published" : "announcement", objectType: "release", objectId: "x", highlight, createdAt: new Date(base + minute * 60_000) });

  beforeEach(async () => {
    t = await tempDatabase();
    const u = (await t.db.insert(users).values({ email: "v@x.test" }).returning())[0];
    const u2 = (await t.db.insert(users).values({ email: "a@x.test" }).returning())[0];
    viewer = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "viewer", name: "V" }).returning())[0].id;
    artist = (await t.db.insert(profiles).values({ ownerId: u2.id, kind: "artist", handle: "artist", name: "A" }).returning())[0].id;
    other = (await t.db.insert(profiles).values({ ownerId: u2.id, kind: "artist", handle: "other", name: "O" }).returning())[0].id;
    await t.db.insert(follows).values({ followerId: viewer, followeeId: artist });
  });
  afterEach(() => t.close());

  it("pages without duplicates or gaps while new activity arrives", async () => {
    for (let i = 0; i < 25; i++) await add(artist, i, i % 5 === 0);
    await add(other, 30); // not followed: never shown
    const now = new Date(base + 3_600_000 * 5);
    const seen: string[] = [];
    let cursor: string | null = null;
    let extra = 100;
    do {
      const page: { rows: { id: string }[]; nextCursor: string | null } = await readFeedPage(t.db, viewer, cursor, 7, now);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
      await add(artist, extra++); // arrives between page loads, newer than everything
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it("keeps posts in Home whatever the notify level (levels are about notifications) and hides future-dated activity", async () => {
    await add(artist, 1, true);
    await add(artist, 2, false);
    await add(artist, 10_000, true); // a scheduled release, dated in the future
    const now = new Date(base + 60 * 60_000);
    expect((await readFeedPage(t.db, viewer, null, 10, now)).rows).toHaveLength(2);
    await setNotifyLevel(t.db, viewer, artist, "highlights");
    expect((await readFeedPage(t.db, viewer, null, 10, now)).rows).toHaveLength(2);
    await setNotifyLevel(t.db, viewer, artist, "off");
    expect((await readFeedPage(t.db, viewer, null, 10, now)).rows).toHaveLength(2);
    await setNotifyLevel(t.db, viewer, artist, "all");
    expect(await countFeedSince(t.db, viewer, new Date(base + 60_000), now)).toBe(1);
  });
});
