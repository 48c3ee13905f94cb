import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversationMembers, notifications, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { setBlock } from "./block";
import { sendToProfiles } from "./send";

describe("blocking someone who wrote a message request", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const ids = { me: "", stranger: "" };
  beforeEach(async () => {
    t = await tempDatabase();
    for (const name of ["me", "stranger"] as const) {
      const u = (await t.db.insert(users).values({ email: `${name}@x.test`, name }).returning())[0];
      ids[name] = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `user_${name}`, name }).returning())[0].id;
    }
  });
  afterEach(() => t.close());

  it("declines their pending request, so it leaves Requests with its unread badge", async () => {
    const sent = await sendToProfiles(t.db, ids.stranger, [ids.me], "buy followers cheap", null);
    if (!sent.ok) throw new Error(sent.message);
    const mine = async () => (await t.db.select().from(conversationMembers).where(and(eq(conversationMembers.conversationId, sent.conversationId), eq(conversationMembers.profileId, ids.me))).limit(1))[0]!;
    expect((await mine()).status).toBe("request");
    expect(await setBlock(t.db, ids.me, ids.stranger, true)).toEqual({ ok: true });
    expect((await mine()).status).toBe("declined");
    const unread = (await t.db.select().from(notifications).where(and(eq(notifications.recipientId, ids.me), eq(notifications.type, "message")))).filter((n) => !n.readAt);
    expect(unread).toHaveLength(0);
    // And they cannot write again.
    expect((await sendToProfiles(t.db, ids.stranger, [ids.me], "hello?", null)).ok).toBe(false);
  });

  it("refuses an unknown profile with a message", async () => {
    const missing = await setBlock(t.db, ids.me, "AAAAAAAAAAAAAA", true);
    expect(missing.ok).toBe(false);
    expect(english(missing.ok ? null : missing.message)).toBe("That profile does not exist.");
  });
});
