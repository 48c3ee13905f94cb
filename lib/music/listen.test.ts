import { describe, expect, it } from "vitest";
import { listenedDelta, playThresholdSeconds } from "./listen";

describe("play counting", () => {
  it("counts after 30 s, or half of a short track", () => {
    expect(playThresholdSeconds(240)).toBe(30);
    expect(playThresholdSeconds(20)).toBe(10);
    expect(playThresholdSeconds(NaN)).toBe(30);
  });
  it("ignores seeks and backwards jumps", () => {
    expect(listenedDelta(10, 10.25)).toBeCloseTo(0.25);
    expect(listenedDelta(10, 95)).toBe(0);
    expect(listenedDelta(50, 5)).toBe(0);
  });
});
