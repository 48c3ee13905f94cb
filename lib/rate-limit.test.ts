import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rateEvents } from "@/db/schema";
import { hitRateLimit, pruneRateEvents } from "./rate-limit";
import { tempDatabase } from "./test/db";

describe("hitRateLimit", () => {
  let t: ReturnType<typeof tempDatabase>;
  beforeEach(() => (t = tempDatabase()));
  afterEach(() => t.close());

  it("allows up to the limit inside the window, then refuses", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const rule = { limit: 3, windowMs: 60_000 };
    const results = [0, 1, 2, 3].map((i) => hitRateLimit(t.db, "follow:a", rule, new Date(now.getTime() + i * 1000)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterMs).toBe(57_000);
    // Other keys are independent.
    expect(hitRateLimit(t.db, "follow:b", rule, now).allowed).toBe(true);
  });

  it("allows again once the window slides past", () => {
    const rule = { limit: 1, windowMs: 1000 };
    const start = new Date("2026-01-01T00:00:00Z");
    expect(hitRateLimit(t.db, "k", rule, start).allowed).toBe(true);
    expect(hitRateLimit(t.db, "k", rule, new Date(start.getTime() + 500)).allowed).toBe(false);
    expect(hitRateLimit(t.db, "k", rule, new Date(start.getTime() + 1500)).allowed).toBe(true);
  });

  it("prunes events of every key past the longest window, keeping a weekly budget's", () => {
    const now = new Date("2027-06-01T12:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    t.db.insert(rateEvents).values([
      { key: "signin-fail:ip:abc", at: daysAgo(2) },
      { key: "signup-email-exists:def", at: daysAgo(8) },
      { key: "notify-budget:page", at: daysAgo(6) },
    ]).run();
    expect(pruneRateEvents(t.db, undefined, now)).toBe(1);
    expect(t.db.select({ key: rateEvents.key }).from(rateEvents).all().map((r) => r.key).sort()).toEqual(["notify-budget:page", "signin-fail:ip:abc"]);
    expect(pruneRateEvents(t.db, 86_400_000, now)).toBe(2);
  });

  it("hitRateLimit prunes stale events of other keys now and then, without counting them", () => {
    const now = new Date("2028-03-01T00:00:00Z");
    t.db.insert(rateEvents).values([
      { key: "signin-fail:ip:gone", at: new Date(now.getTime() - 8 * 86_400_000) },
      { key: "notify-budget:page", at: new Date(now.getTime() - 5 * 86_400_000) },
    ]).run();
    expect(hitRateLimit(t.db, "like:account:u", { limit: 5, windowMs: 60_000 }, now).allowed).toBe(true);
    expect(t.db.select({ key: rateEvents.key }).from(rateEvents).all().map((r) => r.key).sort()).toEqual(["like:account:u", "notify-budget:page"]);
  });
});
