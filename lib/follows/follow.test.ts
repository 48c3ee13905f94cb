import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocks, follows, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { followsByOrigin, setFollow } from "./follow";

describe("setFollow", () => {
  let t: ReturnType<typeof tempDatabase>;
  const ids = { a: "", b: "", bPage: "", c: "" };

  beforeEach(() => {
    t = tempDatabase();
    for (const name of ["a", "b", "c"] as const) {
      const user = t.db.insert(users).values({ email: `${name}@x.test`, name }).returning().get();
      ids[name] = t.db.insert(profiles).values({ ownerId: user.id, kind: "listener", handle: `user_${name}`, name }).returning().get().id;
      if (name === "b") ids.bPage = t.db.insert(profiles).values({ ownerId: user.id, kind: "artist", handle: "b_artist", name: "B Artist" }).returning().get().id;
    }
  });
  afterEach(() => t.close());

  const count = (id: string) => t.db.select().from(profiles).where(eq(profiles.id, id)).get()!;

  it("follows once however often it is asked, and counts stay exact", () => {
    for (let i = 0; i < 3; i++) setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: true });
    expect(count(ids.bPage).followerCount).toBe(1);
    expect(count(ids.a).followingCount).toBe(1);
    expect(t.db.select().from(follows).all()).toHaveLength(1);

    const first = setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: false });
    const second = setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: false });
    expect(first).toMatchObject({ ok: true, changed: true, followerCount: 0 });
    expect(second).toMatchObject({ ok: true, changed: false, followerCount: 0 });
    expect(count(ids.a).followingCount).toBe(0);
  });

  it("refuses following yourself or a page you manage", () => {
    expect(setFollow(t.db, { followerId: ids.a, followeeId: ids.a, follow: true })).toMatchObject({ ok: false, reason: "self" });
    expect(setFollow(t.db, { followerId: ids.b, followeeId: ids.bPage, follow: true })).toMatchObject({ ok: false, reason: "self" });
  });

  it("refuses a follow the followee has blocked", () => {
    t.db.insert(blocks).values({ blockerId: ids.bPage, blockedId: ids.c }).run();
    expect(setFollow(t.db, { followerId: ids.c, followeeId: ids.bPage, follow: true })).toMatchObject({ ok: false, reason: "blocked" });
  });

  it("records the embed origin and aggregates it per site", () => {
    setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: true, source: "embed", sourceOrigin: "https://blog.example" });
    setFollow(t.db, { followerId: ids.c, followeeId: ids.bPage, follow: true, source: "embed", sourceOrigin: "https://blog.example" });
    expect(followsByOrigin(t.db, ids.bPage)).toEqual([{ origin: "https://blog.example", count: 2 }]);
  });
});
