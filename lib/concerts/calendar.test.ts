import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { concertEvent, type CalendarShow } from "./calendar";
import { buildCalendar } from "./ics";

const show: CalendarShow = {
  id: "c1",
  startsAt: new Date("2031-03-01T19:00:00Z"),
  venueName: "Paradiso",
  address: "Weteringschans 6",
  city: "Amsterdam",
  country: "NL",
  status: "scheduled",
  rescheduled: false,
  sequence: 0,
  updatedAt: new Date("2031-01-01T00:00:00Z"),
  lineup: [],
};

const parsed = (s: CalendarShow) => new ICAL.Event(new ICAL.Component(ICAL.parse(buildCalendar("Tour", [concertEvent(s, "Nova Lane", "https://chorus.example")]))).getFirstSubcomponent("vevent")!);

describe("concertEvent", () => {
  it("carries the show's revision as SEQUENCE and its country in LOCATION", () => {
    const event = parsed({ ...show, sequence: 4 });
    expect(event.sequence).toBe(4);
    expect(event.location).toBe("Paradiso, Weteringschans 6, Amsterdam, Netherlands");
    expect(parsed({ ...show, address: "" }).location).toBe("Paradiso, Amsterdam, Netherlands");
  });

  it("is CONFIRMED when scheduled or postponed to a new date, TENTATIVE while the new date is unknown, CANCELLED when cancelled", () => {
    const status = (s: Partial<CalendarShow>) => parsed({ ...show, ...s }).component.getFirstPropertyValue("status");
    expect(status({})).toBe("CONFIRMED");
    expect(status({ status: "postponed", rescheduled: true })).toBe("CONFIRMED");
    expect(status({ status: "postponed", rescheduled: false })).toBe("TENTATIVE");
    expect(status({ status: "cancelled", rescheduled: true })).toBe("CANCELLED");
  });

  it("names the other acts on the bill", () => {
    expect(parsed({ ...show, lineup: ["Kito Mensah", "Friends of Ours"] }).description).toBe("With Kito Mensah, Friends of Ours");
    expect(parsed(show).description).toBeFalsy();
  });
});
