import { describe, expect, it } from "vitest";
import { change, changeOf, parseRange, percent, rangeUnits, toPoints } from "./ranges";

const now = new Date("2026-11-30T15:00:00Z");

describe("Studio ranges", () => {
  it("reads a range from the URL, and anything else as 28 days", () => {
    expect(parseRange("7d")).toBe("7d");
    expect(parseRange("12m")).toBe("12m");
    expect(parseRange("toString")).toBe("28d");
    expect(parseRange(undefined)).toBe("28d");
  });

  it("has a point per day up to 90 days, ending today, and the same length before it", () => {
    const r = rangeUnits("28d", now);
    expect(r.step).toBe("day");
    expect(r.units).toHaveLength(28);
    expect(r.units.at(-1)).toBe("2026-11-30");
    expect(r.units[0]).toBe("2026-11-03");
    expect(r.previousStart).toBe("2026-10-06");
  });

  it("has a point per calendar month for a year, across the new year", () => {
    const r = rangeUnits("12m", now);
    expect(r.step).toBe("month");
    expect(r.units).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(r.previousStart).toBe("2024-12");
    expect(toPoints(["2026-01", "2026-11-03"], () => 1).map((p) => p.label)).toEqual(["Jan 2026", "3 Nov"]);
  });

  it("says how a number changed on the period before", () => {
    expect(change(150, 100)).toBe("+50%");
    expect(change(50, 100)).toBe("−50%");
    expect(change(5, 0)).toBe("new");
    expect(change(8114, 6)).toBe("more than 10×");
    expect(change(3, 3)).toBe("no change");
    expect(change(1001, 1000)).toBe("+<1%");
    expect(change(999, 1000)).toBe("−<1%");
  });

  it("gives the same change to a screen's own words, and a share as a percent", () => {
    expect(changeOf(150, 100)).toEqual({ kind: "up", pct: 50 });
    expect(changeOf(999, 1000)).toEqual({ kind: "down", pct: 0 });
    expect(changeOf(8114, 6)).toEqual({ kind: "tenfold" });
    expect(change(50, 100, (c) => (c.kind === "down" ? `−${c.pct}\u00a0%` : c.kind))).toBe("−50\u00a0%");
    expect(percent(1, 3)).toBe("33%");
    expect(percent(1, 3, (pct) => `${pct}\u00a0%`)).toBe("33\u00a0%");
    expect(percent(1, 0)).toBe("–");
  });
});
