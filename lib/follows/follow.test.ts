import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocks, follows, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { followsByOrigin, setFollow } from "./follow";

describe("setFollow", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const ids = { a: "", b: "", bPage: "", c: "" };

  beforeEach(async () => {
    t = await tempDatabase();
    for (const name of ["a", "b", "c"] as const) {
      const user = (await t.db.insert(users).values({ email: `${name}@x.test`, name }).returning())[0];
      ids[name] = (await t.db.insert(profiles).values({ ownerId: user.id, kind: "listener", handle: `user_${name}`, name }).returning())[0].id;
      if (name === "b") ids.bPage = (await t.db.insert(profiles).values({ ownerId: user.id, kind: "artist", handle: "b_artist", name: "B Artist" }).returning())[0].id;
    }
  });
  afterEach(() => t.close());

  const count = async (id: string) => (await t.db.select().from(profiles).where(eq(profiles.id, id)).limit(1))[0]!;

  it("follows once however often it is asked, and counts stay exact", async () => {
    for (let i = 0; i < 3; i++) await setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: true });
    expect((await count(ids.bPage)).followerCount).toBe(1);
    expect((await count(ids.a)).followingCount).toBe(1);
    expect((await t.db.select().from(follows))).toHaveLength(1);

    const first = await setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: false });
    const second = await setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: false });
    expect(first).toMatchObject({ ok: true, changed: true, followerCount: 0 });
    expect(second).toMatchObject({ ok: true, changed: false, followerCount: 0 });
    expect((await count(ids.a)).followingCount).toBe(0);
  });

  it("refuses following yourself or a page you manage", async () => {
    expect(await setFollow(t.db, { followerId: ids.a, followeeId: ids.a, follow: true })).toMatchObject({ ok: false, reason: "self" });
    expect(await setFollow(t.db, { followerId: ids.b, followeeId: ids.bPage, follow: true })).toMatchObject({ ok: false, reason: "self" });
  });

  it("refuses a follow the followee has blocked", async () => {
    await t.db.insert(blocks).values({ blockerId: ids.bPage, blockedId: ids.c });
    expect(await setFollow(t.db, { followerId: ids.c, followeeId: ids.bPage, follow: true })).toMatchObject({ ok: false, reason: "blocked" });
  });

  it("records the embed origin and aggregates it per site", async () => {
    await setFollow(t.db, { followerId: ids.a, followeeId: ids.bPage, follow: true, source: "embed", sourceOrigin: "https://blog.example" });
    await setFollow(t.db, { followerId: ids.c, followeeId: ids.bPage, follow: true, source: "embed", sourceOrigin: "https://blog.example" });
    expect(await followsByOrigin(t.db, ids.bPage)).toEqual([{ origin: "https://blog.example", count: 2 }]);
  });
});
