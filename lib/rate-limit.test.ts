import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rateEvents } from "@/db/schema";
import { hitRateLimit, pruneRateEvents } from "./rate-limit";
import { tempDatabase } from "./test/db";

describe("hitRateLimit", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => (t = await tempDatabase()));
  afterEach(() => t.close());

  it("allows up to the limit inside the window, then refuses", async () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const rule = { limit: 3, windowMs: 60_000 };
    const results = [];
    for (const i of [0, 1, 2, 3]) results.push(await hitRateLimit(t.db, "follow:a", rule, new Date(now.getTime() + i * 1000)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterMs).toBe(57_000);
    // Other keys are independent.
    expect((await hitRateLimit(t.db, "follow:b", rule, now)).allowed).toBe(true);
  });

  it("allows again once the window slides past", async () => {
    const rule = { limit: 1, windowMs: 1000 };
    const start = new Date("2026-01-01T00:00:00Z");
    expect((await hitRateLimit(t.db, "k", rule, start)).allowed).toBe(true);
    expect((await hitRateLimit(t.db, "k", rule, new Date(start.getTime() + 500))).allowed).toBe(false);
    expect((await hitRateLimit(t.db, "k", rule, new Date(start.getTime() + 1500))).allowed).toBe(true);
  });

  it("prunes events of every key past the longest window, keeping a weekly budget's", async () => {
    const now = new Date("2027-06-01T12:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    await t.db.insert(rateEvents).values([
      { key: "signin-fail:ip:abc", at: daysAgo(2) },
      { key: "signup-email-exists:def", at: daysAgo(8) },
      { key: "notify-budget:page", at: daysAgo(6) },
    ]);
    expect(await pruneRateEvents(t.db, undefined, now)).toBe(1);
    expect((await t.db.select({ key: rateEvents.key }).from(rateEvents)).map((r) => r.key).sort()).toEqual(["notify-budget:page", "signin-fail:ip:abc"]);
    expect(await pruneRateEvents(t.db, 86_400_000, now)).toBe(2);
  });

  it("hitRateLimit prunes stale events of other keys now and then, without counting them", async () => {
    const now = new Date("2028-03-01T00:00:00Z");
    await t.db.insert(rateEvents).values([
      { key: "signin-fail:ip:gone", at: new Date(now.getTime() - 8 * 86_400_000) },
      { key: "notify-budget:page", at: new Date(now.getTime() - 5 * 86_400_000) },
    ]);
    expect((await hitRateLimit(t.db, "like:account:u", { limit: 5, windowMs: 60_000 }, now)).allowed).toBe(true);
    expect((await t.db.select({ key: rateEvents.key }).from(rateEvents)).map((r) => r.key).sort()).toEqual(["like:account:u", "notify-budget:page"]);
  });
});
