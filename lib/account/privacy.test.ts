import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activities, follows, profiles, users } from "@/db/schema";
import { readFeedPage } from "@/lib/feed/feed";
import { reachOf } from "@/lib/messages/rules";
import { sendToConversation, sendToProfiles } from "@/lib/messages/send";
import { followList } from "@/lib/profiles/follow-lists";
import { tempDatabase } from "@/lib/test/db";
import { collectAccountData } from "./export";
import { blockedAndMuted, setMute, setPrivacy } from "./settings";
import { answerFollowRequest, followRequests } from "./private-profile";
import { setFollow } from "@/lib/follows/follow";

type T = Awaited<ReturnType<typeof tempDatabase>>;

describe("privacy settings and what they change", () => {
  let t: T;
  const p = { ana: "", bo: "", band: "" };
  const u = { ana: "", bo: "" };
  const follow = (a: string, b: string) => t.db.insert(follows).values({ followerId: a, followeeId: b });

  beforeEach(async () => {
    t = await tempDatabase();
    for (const name of ["ana", "bo"] as const) {
      u[name] = (await t.db.insert(users).values({ email: `${name}@x.test`, name }).returning())[0].id;
      p[name] = (await t.db.insert(profiles).values({ ownerId: u[name], kind: "listener", handle: name, name }).returning())[0].id;
    }
    p.band = (await t.db.insert(profiles).values({ ownerId: u.bo, kind: "artist", handle: "band", name: "Band" }).returning())[0].id;
  });
  afterEach(() => t.close());

  it("hidden follows: both lists hidden from others (shown to the owner), and left out of other profiles' lists", async () => {
    await follow(p.ana, p.band);
    await follow(p.bo, p.band);
    await follow(p.bo, p.ana);
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "hideFollows", value: true });
    for (const direction of ["followers", "following"] as const) {
      expect(await followList(t.db, p.ana, direction, { viewerId: p.bo })).toEqual({ hidden: true, items: [], nextCursor: null });
      expect(await followList(t.db, p.ana, direction, { viewerId: null })).toMatchObject({ hidden: true });
      expect((await followList(t.db, p.ana, direction, { viewerId: p.ana })).hidden).toBe(false);
    }
    expect((await followList(t.db, p.ana, "following", { viewerId: p.ana })).items.map((i) => i.id)).toEqual([p.band]);
    const bandFollowers = async (viewerId: string | null) => (await followList(t.db, p.band, "followers", { viewerId })).items.map((i) => i.id);
    expect(await bandFollowers(null)).toEqual([p.bo]);
    expect(await bandFollowers(p.bo)).toEqual([p.bo]);
    expect((await bandFollowers(p.ana)).sort()).toEqual([p.ana, p.bo].sort());
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "hideFollows", value: false });
    expect((await bandFollowers(null)).sort()).toEqual([p.ana, p.bo].sort());
  });

  it("who can message me: everyone (requests from strangers), people I follow, nobody", async () => {
    expect(await reachOf(t.db, p.bo, p.ana)).toBe("request");
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "messagePolicy", value: "following" });
    expect(await reachOf(t.db, p.bo, p.ana)).toBe("closed");
    await follow(p.bo, p.ana); // Bo following Ana is not enough
    expect(await reachOf(t.db, p.bo, p.ana)).toBe("closed");
    expect((await sendToProfiles(t.db, p.bo, [p.ana], "hi", null)).ok).toBe(false);
    await follow(p.ana, p.bo);
    expect(await reachOf(t.db, p.bo, p.ana)).toBe("direct");
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "messagePolicy", value: "nobody" });
    expect(await reachOf(t.db, p.bo, p.ana)).toBe("closed");
    // A request written before she closed her messages cannot be continued.
    const cy = (await t.db.insert(users).values({ email: "cy2@x.test", name: "cy" }).returning())[0].id;
    const cyProfile = (await t.db.insert(profiles).values({ ownerId: cy, kind: "listener", handle: "cy2", name: "cy" }).returning())[0].id;
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "messagePolicy", value: "everyone" });
    const request = await sendToProfiles(t.db, cyProfile, [p.ana], "hi ana", null);
    expect(request).toMatchObject({ ok: true, requested: true });
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "messagePolicy", value: "nobody" });
    expect((await sendToConversation(t.db, (request as { conversationId: string }).conversationId, cyProfile, "hello??", null)).ok).toBe(false);
    // Ana can still write to Bo: the setting is about who reaches her.
    expect(await reachOf(t.db, p.ana, p.bo)).toBe("direct");
  });

  it("muting keeps the follow but takes their posts out of the stream, and is listed for undoing", async () => {
    await follow(p.ana, p.band);
    const at = new Date(Date.now() - 60_000);
    await t.db.insert(activities).values({ actorId: p.band, verb: "announcement", objectType: "announcement", objectId: "ANNOUNCEMENT01", groupKey: "g1", createdAt: at });
    expect((await readFeedPage(t.db, p.ana, null)).rows).toHaveLength(1);
    await setMute(t.db, p.ana, p.band, true);
    expect((await readFeedPage(t.db, p.ana, null)).rows).toHaveLength(0);
    expect(await t.db.select().from(follows).where(eq(follows.followerId, p.ana))).toHaveLength(1);
    expect((await blockedAndMuted(t.db, p.ana)).muted.map((m) => m.id)).toEqual([p.band]);
    await setMute(t.db, p.ana, p.band, false);
    expect((await readFeedPage(t.db, p.ana, null)).rows).toHaveLength(1);
  });

  it("a private profile's activity reaches approved followers only; unfollowing drops the approval", async () => {
    const cy = (await t.db.insert(users).values({ email: "cy@x.test", name: "cy" }).returning())[0].id;
    const cyProfile = (await t.db.insert(profiles).values({ ownerId: cy, kind: "listener", handle: "cy", name: "cy" }).returning())[0].id;
    await follow(p.bo, p.ana);
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "isPrivate", value: true });
    // Cy follows after Ana went private: a request.
    await follow(cyProfile, p.ana);
    expect((await followRequests(t.db, p.ana)).map((r) => r.id)).toEqual([cyProfile]);
    await t.db.insert(activities).values({ actorId: p.ana, verb: "track_shared", objectType: "track", objectId: "TRACK000000001", groupKey: "s1", createdAt: new Date(Date.now() - 60_000) });
    const sees = async (viewer: string) => (await readFeedPage(t.db, viewer, null)).rows.length;
    expect(await sees(p.bo)).toBe(1);
    expect(await sees(cyProfile)).toBe(0);
    expect((await answerFollowRequest(t.db, p.ana, cyProfile, true)).ok).toBe(true);
    expect(await sees(cyProfile)).toBe(1);
    expect(await followRequests(t.db, p.ana)).toEqual([]);
    await setFollow(t.db, { followerId: cyProfile, followeeId: p.ana, follow: false });
    await follow(cyProfile, p.ana);
    expect(await sees(cyProfile)).toBe(0);
    // Removing a follower unfollows them for good.
    expect((await answerFollowRequest(t.db, p.ana, cyProfile, false)).ok).toBe(true);
    expect(await t.db.select().from(follows).where(eq(follows.followerId, cyProfile))).toHaveLength(0);
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "isPrivate", value: false });
    await follow(cyProfile, p.ana);
    expect(await sees(cyProfile)).toBe(1);
  });

  it("the personalization switch is kept on the account and goes into the export", async () => {
    await setPrivacy(t.db, { userId: u.ana, profileId: p.ana }, { setting: "personalizationOff", value: true });
    expect((await collectAccountData(t.db, u.ana))?.account.personalizationOff).toBe(true);
  });
});
