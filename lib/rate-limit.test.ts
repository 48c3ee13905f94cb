import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hitRateLimit } from "./rate-limit";
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
});
