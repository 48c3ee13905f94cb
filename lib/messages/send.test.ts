import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocks, conversationMembers, follows, messages, notifications, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { reachOf } from "./rules";
import { chorusLinkAttachment, markRead, respondToRequest, sendToConversation, sendToProfiles } from "./send";

describe("who may message whom", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const ids: Record<"a" | "b" | "c" | "d", string> = { a: "", b: "", c: "", d: "" };
  beforeEach(async () => {
    t = await tempDatabase();
    for (const name of ["a", "b", "c", "d"] as const) {
      const u = (await t.db.insert(users).values({ email: `${name}@x.test`, name }).returning())[0];
      ids[name] = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `user_${name}`, name }).returning())[0].id;
    }
    // a follows b; c follows a; d is a stranger to everyone.
    await t.db.insert(follows).values([{ followerId: ids.a, followeeId: ids.b }, { followerId: ids.c, followeeId: ids.a }]);
  });
  afterEach(() => t.close());

  it("reaches people you follow and people who follow you directly; strangers get a request; blocks stop both ways", async () => {
    expect(await reachOf(t.db, ids.a, ids.b)).toBe("direct");
    expect(await reachOf(t.db, ids.b, ids.a)).toBe("direct");
    expect(await reachOf(t.db, ids.a, ids.c)).toBe("direct");
    expect(await reachOf(t.db, ids.d, ids.a)).toBe("request");
    await t.db.insert(blocks).values({ blockerId: ids.b, blockedId: ids.a });
    expect(await reachOf(t.db, ids.a, ids.b)).toBe("blocked");
    expect(await reachOf(t.db, ids.b, ids.a)).toBe("blocked");
  });

  it("reuses the one-to-one conversation and turns a stranger's first message into a request", async () => {
    const first = await sendToProfiles(t.db, ids.a, [ids.b], "hi", null);
    const second = await sendToProfiles(t.db, ids.a, [ids.b], "again", null);
    expect(first.ok && second.ok && first.conversationId === second.conversationId).toBe(true);
    const req = await sendToProfiles(t.db, ids.d, [ids.a], "hello from a stranger", null);
    expect(req).toMatchObject({ ok: true, requested: true });
    if (!req.ok) return;
    const status = async () => (await t.db.select().from(conversationMembers).where(eq(conversationMembers.profileId, ids.a))).find((m) => m.conversationId === req.conversationId)?.status;
    expect(await status()).toBe("request");
    expect(await respondToRequest(t.db, req.conversationId, ids.a, false)).toBe(true);
    expect(await status()).toBe("declined");
    const declined = await sendToConversation(t.db, req.conversationId, ids.d, "please?", null);
    expect(declined.ok).toBe(false);
    expect(english(declined.ok ? null : declined.message)).toBe("This person declined your message request.");
  });

  it("the bell hears about a conversation once until it is read", async () => {
    const first = await sendToProfiles(t.db, ids.a, [ids.b], "one", null);
    await sendToProfiles(t.db, ids.a, [ids.b], "two", null);
    const bell = async () => await t.db.select().from(notifications).where(eq(notifications.recipientId, ids.b));
    expect((await bell()).map((n) => [n.type, n.readAt])).toEqual([["message", null]]);
    if (first.ok) await markRead(t.db, first.conversationId, ids.b);
    expect((await bell())[0].readAt).not.toBeNull();
    await sendToProfiles(t.db, ids.a, [ids.b], "three", null);
    expect((await bell()).filter((n) => n.readAt === null)).toHaveLength(1);
    // A stranger's request stays quiet.
    await sendToProfiles(t.db, ids.d, [ids.b], "psst", null);
    expect((await bell()).filter((n) => n.readAt === null)).toHaveLength(1);
  });

  it("a blocked profile cannot send, into new or existing conversations", async () => {
    const conv = await sendToProfiles(t.db, ids.a, [ids.b], "hi", null);
    await t.db.insert(blocks).values({ blockerId: ids.b, blockedId: ids.a });
    const blocked = await sendToProfiles(t.db, ids.a, [ids.b], "still there?", null);
    expect(blocked.ok).toBe(false);
    expect(english(blocked.ok ? null : blocked.message)).toBe("You cannot message this profile.");
    if (conv.ok) expect(await sendToConversation(t.db, conv.conversationId, ids.a, "hello?", null)).toMatchObject({ ok: false });
    expect((await t.db.select().from(messages))).toHaveLength(1);
  });

  it("groups are capped and need real profiles", async () => {
    expect(await sendToProfiles(t.db, ids.a, Array.from({ length: 20 }, (_, i) => `nope${i}xxxx`), "x", null)).toMatchObject({ ok: false, message: "A conversation can have at most 20 people." });
    expect(await sendToProfiles(t.db, ids.a, ["missingprofile"], "x", null)).toMatchObject({ ok: false });
    expect(await sendToProfiles(t.db, ids.a, [ids.b, ids.c], "group", null)).toMatchObject({ ok: true, requested: false });
  });

  it("unfurls only Chorus links", () => {
    const origin = "https://chorus.example";
    expect(chorusLinkAttachment("listen https://chorus.example/track/abcdef123456 now", origin)).toEqual({ type: "track", id: "abcdef123456" });
    expect(chorusLinkAttachment("https://chorus.example/merch/abcdef123456", origin)).toEqual({ type: "product", id: "abcdef123456" });
    expect(chorusLinkAttachment("https://chorus.example/@novalane", origin)).toEqual({ type: "profile", id: "@novalane" });
    expect(chorusLinkAttachment("https://evil.example/track/abcdef123456", origin)).toBeNull();
    expect(chorusLinkAttachment("no links", origin)).toBeNull();
    // A link with broken percent-encoding is skipped, not a 500 for the sender.
    expect(chorusLinkAttachment("https://chorus.example/@%E0%A4%A and https://chorus.example/track/abcdef123456", origin)).toEqual({ type: "track", id: "abcdef123456" });
    expect(chorusLinkAttachment("https://chorus.example/%", origin)).toBeNull();
  });
});
