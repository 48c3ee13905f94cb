import { describe, expect, it } from "vitest";
import { leftEarly, listenedDelta, playThresholdSeconds } from "./listen";

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

describe("leaving a track early", () => {
  it("is a skip after a second of listening and before the play counted", () => {
    expect(leftEarly({ listened: 5, counted: false })).toBe(true);
    expect(leftEarly({ listened: 0.4, counted: false })).toBe(false);
    expect(leftEarly({ listened: 31, counted: true })).toBe(false);
  });
});
