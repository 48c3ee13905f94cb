import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activities, follows, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { countFeedSince, readFeedPage } from "./feed";
import { setNotifyLevel } from "@/lib/follows/follow";

describe("readFeedPage", () => {
  let t: ReturnType<typeof tempDatabase>;
  let viewer = "";
  let artist = "";
  let other = "";
  const base = Date.UTC(2026, 0, 1);
  let n = 0;
  const add = (actorId: string, minute: number, highlight = false) =>
    t.db.insert(activities).values({ id: `act${String(n++).padStart(4, "0")}`, actorId, verb: highlight ? "release_published" : "announcement", objectType: "release", objectId: "x", highlight, createdAt: new Date(base + minute * 60_000) }).run();

  beforeEach(() => {
    t = tempDatabase();
    const u = t.db.insert(users).values({ email: "v@x.test" }).returning().get();
    const u2 = t.db.insert(users).values({ email: "a@x.test" }).returning().get();
    viewer = t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "viewer", name: "V" }).returning().get().id;
    artist = t.db.insert(profiles).values({ ownerId: u2.id, kind: "artist", handle: "artist", name: "A" }).returning().get().id;
    other = t.db.insert(profiles).values({ ownerId: u2.id, kind: "artist", handle: "other", name: "O" }).returning().get().id;
    t.db.insert(follows).values({ followerId: viewer, followeeId: artist }).run();
  });
  afterEach(() => t.close());

  it("pages without duplicates or gaps while new activity arrives", () => {
    for (let i = 0; i < 25; i++) add(artist, i, i % 5 === 0);
    add(other, 30); // not followed: never shown
    const now = new Date(base + 3_600_000 * 5);
    const seen: string[] = [];
    let cursor: string | null = null;
    let extra = 100;
    do {
      const page: { rows: { id: string }[]; nextCursor: string | null } = readFeedPage(t.db, viewer, cursor, 7, now);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
      add(artist, extra++); // arrives between page loads, newer than everything
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it("keeps posts in Home whatever the notify level (levels are about notifications) and hides future-dated activity", () => {
    add(artist, 1, true);
    add(artist, 2, false);
    add(artist, 10_000, true); // a scheduled release, dated in the future
    const now = new Date(base + 60 * 60_000);
    expect(readFeedPage(t.db, viewer, null, 10, now).rows).toHaveLength(2);
    setNotifyLevel(t.db, viewer, artist, "highlights");
    expect(readFeedPage(t.db, viewer, null, 10, now).rows).toHaveLength(2);
    setNotifyLevel(t.db, viewer, artist, "off");
    expect(readFeedPage(t.db, viewer, null, 10, now).rows).toHaveLength(2);
    setNotifyLevel(t.db, viewer, artist, "all");
    expect(countFeedSince(t.db, viewer, new Date(base + 60_000), now)).toBe(1);
  });
});
