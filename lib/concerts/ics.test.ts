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

describe("buildCalendar escaping (no property injection)", () => {
  const base = { uid: "c1@chorus", start: new Date("2026-12-01T19:00:00Z"), end: new Date("2026-12-01T22:00:00Z"), location: "Lido", url: "https://chorus.example/concert/c1", updated: new Date("2026-11-01T00:00:00Z") };
  const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");

  it("keeps every kind of line break, backslash, semicolon and comma inside the one value", () => {
    const summary = "A\r\nSTATUS:CANCELLED\rB\nC \\ D; E, F";
    const location = "Hall 1\r\nATTENDEE:mailto:x@evil.example;\\,";
    const [event] = parse(buildCalendar("Tour\r\nX-EVIL:1", [{ ...base, summary, location, description: "one\r\ntwo\rthree\nfour" }]));
    expect(event.getFirstPropertyValue("summary")).toBe("A\nSTATUS:CANCELLED\nB\nC \\ D; E, F");
    expect(event.getFirstPropertyValue("location")).toBe("Hall 1\nATTENDEE:mailto:x@evil.example;\\,");
    expect(event.getFirstPropertyValue("description")).toBe("one\ntwo\nthree\nfour");
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.getAllProperties("attendee")).toHaveLength(0);
  });

  it("drops NUL and other control characters, and line breaks from URLs and UIDs", () => {
    const ics = buildCalendar("Tour", [{ ...base, uid: "c1@chorus\r\nSTATUS:CANCELLED", summary: "Null\u0000byte\u0007bell\u001b", url: "https://chorus.example/concert/c1\r\nSTATUS:CANCELLED" }]);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f]/);
    const lines = ics.split("\r\n");
    expect(lines.filter((l) => l.startsWith("STATUS:"))).toEqual(["STATUS:CONFIRMED"]);
    const [event] = parse(ics);
    expect(event.getFirstPropertyValue("summary")).toBe("Nullbytebell");
    expect(event.getFirstPropertyValue("url")).toBe("https://chorus.example/concert/c1STATUS:CANCELLED");
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("folds multi-byte text at character boundaries and reads it back unchanged", () => {
    const summary = "Ünïcødé ♪ 🎸 ".repeat(12) + "日本語のコンサート".repeat(6);
    const ics = buildCalendar("Tour", [{ ...base, summary }]);
    const lines = ics.split("\r\n");
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // Every physical line is valid UTF-8 on its own: no character was split by a fold.
    expect(lines.every((line) => Buffer.from(line, "utf8").toString("utf8") === line && !line.includes("\ufffd"))).toBe(true);
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(3);
    expect(new ICAL.Event(parse(ics)[0]).summary).toBe(summary);
  });

  it("emits SEQUENCE (default 0) and LOCATION as given", () => {
    const [first, second, third] = parse(buildCalendar("Tour", [{ ...base, summary: "a" }, { ...base, uid: "c2@chorus", summary: "b", sequence: 3, location: "Paradiso, Weteringschans 6-8, Amsterdam" }, { ...base, uid: "c3@chorus", summary: "c", sequence: -1 }]));
    expect(new ICAL.Event(first).sequence).toBe(0);
    expect(new ICAL.Event(second).sequence).toBe(3);
    expect(new ICAL.Event(third).sequence).toBe(0);
    expect(new ICAL.Event(second).location).toBe("Paradiso, Weteringschans 6-8, Amsterdam");
  });
});
