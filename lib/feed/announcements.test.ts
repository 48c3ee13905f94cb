import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { follows, notifications, profiles, users } from "@/db/schema";
import { setFollow, setNotifyLevel } from "@/lib/follows/follow";
import { tempDatabase } from "@/lib/test/db";
import { announcementStats, announcementsLeft, postAnnouncement } from "./announcements";

describe("announcements", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let artist = "";
  const fans: string[] = [];
  const start = new Date("2026-03-02T10:00:00Z");

  beforeEach(async () => {
    t = await tempDatabase();
    fans.length = 0;
    const owner = (await t.db.insert(users).values({ email: "o@x.test" }).returning())[0];
    artist = (await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "band", name: "Band" }).returning())[0].id;
    for (const name of ["a", "b", "c"]) {
      const u = (await t.db.insert(users).values({ email: `${name}@x.test` }).returning())[0];
      const p = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `fan_${name}`, name }).returning())[0];
      await t.db.insert(follows).values({ followerId: p.id, followeeId: artist });
      fans.push(p.id);
    }
  });
  afterEach(() => t.close());

  it("allows three a week, reaching only followers set to All", async () => {
    await setNotifyLevel(t.db, fans[1], artist, "highlights");
    await setNotifyLevel(t.db, fans[2], artist, "off", new Date(start.getTime() + 60_000));
    const first = await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "Tour dates soon", now: start });
    expect(first).toMatchObject({ ok: true, reach: 1 });
    expect((await t.db.select().from(notifications)).map((n) => n.recipientId)).toEqual([fans[0]]);
    await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "2", now: new Date(start.getTime() + 1000) });
    await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "3", now: new Date(start.getTime() + 2000) });
    expect(await announcementsLeft(t.db, artist, new Date(start.getTime() + 3000))).toBe(0);
    expect(await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "4", now: new Date(start.getTime() + 3000) })).toMatchObject({ ok: false });
    // A week after the first, one slot frees up.
    expect(await announcementsLeft(t.db, artist, new Date(start.getTime() + 7 * 86_400_000 + 1))).toBe(1);
  });

  it("counts mutes and unfollows within 48 hours after each announcement", async () => {
    await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "Buy my merch", now: start });
    await setNotifyLevel(t.db, fans[0], artist, "off", new Date(start.getTime() + 3_600_000));
    await setFollow(t.db, { followerId: fans[1], followeeId: artist, follow: false, now: new Date(start.getTime() + 7_200_000) });
    await setFollow(t.db, { followerId: fans[2], followeeId: artist, follow: false, now: new Date(start.getTime() + 3 * 86_400_000) });
    expect((await announcementStats(t.db, artist))[0]).toMatchObject({ reach: 3, muted: 1, unfollowed: 1 });
  });

  it("counts each mute once, for the latest announcement before it, not again for an earlier overlapping one", async () => {
    await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "First", now: start });
    await postAnnouncement(t.db, { profileId: artist, profileName: "Band", body: "Second", now: new Date(start.getTime() + 3_600_000) });
    await setNotifyLevel(t.db, fans[0], artist, "off", new Date(start.getTime() + 2 * 3_600_000));
    const stats = await announcementStats(t.db, artist);
    expect(stats.map((a) => [a.body, a.muted])).toEqual([
      ["Second", 1],
      ["First", 0],
    ]);
  });
});
