import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ipKey } from "./ip-key";

describe("ipKey", () => {
  const saved = process.env.AUTH_SECRET;
  beforeEach(() => (process.env.AUTH_SECRET = "secret-one"));
  afterEach(() => (process.env.AUTH_SECRET = saved));

  const noon = new Date("2026-03-10T12:00:00Z");

  it("is stable within a UTC day and per purpose, and never shows the address", () => {
    const key = ipKey("203.0.113.7", "play", noon);
    expect(ipKey("203.0.113.7", "play", new Date("2026-03-10T23:59:59Z"))).toBe(key);
    expect(ipKey("203.0.113.8", "play", noon)).not.toBe(key);
    expect(ipKey("203.0.113.7", "limit", noon)).not.toBe(key);
    expect(key).not.toContain("203");
  });

  it("rotates daily and depends on the secret, so keys cannot be linked across days nor recomputed from a list of addresses", () => {
    const key = ipKey("203.0.113.7", "play", noon);
    expect(ipKey("203.0.113.7", "play", new Date("2026-03-11T00:00:00Z"))).not.toBe(key);
    process.env.AUTH_SECRET = "secret-two";
    expect(ipKey("203.0.113.7", "play", noon)).not.toBe(key);
  });
});
