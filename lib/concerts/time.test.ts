import { describe, expect, it } from "vitest";
import { isTimeZone, utcToZonedInput, yearUnlessCurrent, zonedToUtc } from "./time";

describe("zonedToUtc", () => {
  it("converts venue wall-clock time to UTC, across DST", () => {
    expect(zonedToUtc("2026-12-01T20:00", "Europe/Berlin")?.toISOString()).toBe("2026-12-01T19:00:00.000Z");
    expect(zonedToUtc("2026-07-01T20:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T18:00:00.000Z");
    expect(zonedToUtc("2026-12-01T20:00", "America/Los_Angeles")?.toISOString()).toBe("2026-12-02T04:00:00.000Z");
    expect(zonedToUtc("2026-12-01T20:00", "Asia/Tokyo")?.toISOString()).toBe("2026-12-01T11:00:00.000Z");
  });
  it("refuses malformed input and unknown zones", () => {
    expect(zonedToUtc("2026-13-01T20:00", "Europe/Berlin")).toBeNull();
    expect(zonedToUtc("tomorrow", "Europe/Berlin")).toBeNull();
    expect(zonedToUtc("2026-12-01T20:00", "Mars/Olympus")).toBeNull();
    expect(zonedToUtc("2027-02-31T20:00", "Europe/Berlin")).toBeNull();
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
  });
  it("round-trips to a datetime-local value in the venue's zone", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]) {
      expect(utcToZonedInput(zonedToUtc("2027-03-28T02:30", "UTC")!, "UTC")).toBe("2027-03-28T02:30");
      expect(utcToZonedInput(zonedToUtc("2027-06-15T21:45", zone)!, zone)).toBe("2027-06-15T21:45");
    }
  });
});

describe("yearUnlessCurrent", () => {
  const now = new Date("2030-06-15T12:00:00Z");
  it("names the year only when it is not the current one at the venue", () => {
    expect(yearUnlessCurrent(new Date("2030-09-01T19:00:00Z"), "Europe/Berlin", now)).toBeNull();
    expect(yearUnlessCurrent(new Date("2031-01-10T19:00:00Z"), "Europe/Berlin", now)).toBe("2031");
    // 20:00 on 31 December in Los Angeles is already 2031 in UTC: the venue's year counts.
    expect(yearUnlessCurrent(new Date("2031-01-01T04:00:00Z"), "America/Los_Angeles", now)).toBeNull();
    expect(yearUnlessCurrent(new Date("2031-01-01T04:00:00Z"), "Europe/Berlin", now)).toBe("2031");
  });
});
