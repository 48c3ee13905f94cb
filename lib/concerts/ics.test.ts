import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./ics";

describe("buildCalendar", () => {
  it("produces a calendar an independent parser reads back exactly", () => {
    const ics = buildCalendar("Nova Lane, live", [
      { uid: "c1@chorus", start: new Date("2026-12-01T19:00:00Z"), end: new Date("2026-12-01T22:00:00Z"), summary: "Nova Lane; live, at Lido", location: "Lido, Cuvrystraße 7, Berlin", url: "https://chorus.example/concert/c1", updated: new Date("2026-11-01T00:00:00Z"), description: "Doors 19:00\nSupport: Kito" },
      { uid: "c2@chorus", start: new Date("2027-01-10T20:00:00Z"), end: new Date("2027-01-10T23:00:00Z"), summary: "x".repeat(200), location: "Paradiso", url: "https://chorus.example/concert/c2", updated: new Date(), status: "CANCELLED" },
    ]);
    expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0].summary).toBe("Nova Lane; live, at Lido");
    expect(events[0].location).toBe("Lido, Cuvrystraße 7, Berlin");
    expect(events[0].description).toBe("Doors 19:00\nSupport: Kito");
    expect(events[0].startDate.toJSDate().toISOString()).toBe("2026-12-01T19:00:00.000Z");
    expect(events[1].summary).toBe("x".repeat(200));
    expect(events[1].component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
