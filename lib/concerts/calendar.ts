import { countryName } from "@/lib/markets/countries";
import type { IcsEvent } from "./ics";

const THREE_HOURS = 3 * 3_600_000;

export type CalendarShow = {
  id: string;
  startsAt: Date;
  venueName: string;
  address: string;
  city: string;
  country: string;
  status: string;
  /** Postponed to a date the artist has given. */
  rescheduled: boolean;
  sequence: number;
  updatedAt: Date;
  /** The other acts on the bill, by name. */
  lineup: readonly string[];
};

/**
 * A postponed show with its new date is on again (CONFIRMED); without one it is
 * TENTATIVE until the date is announced.
 */
export function calendarStatus(show: Pick<CalendarShow, "status" | "rescheduled">): NonNullable<IcsEvent["status"]> {
  if (show.status === "cancelled") return "CANCELLED";
  if (show.status === "postponed" && !show.rescheduled) return "TENTATIVE";
  return "CONFIRMED";
}

/** One show as a calendar event; `artistName` is the headliner's. */
export function concertEvent(c: CalendarShow, artistName: string, origin: string): IcsEvent {
  return {
    uid: `${c.id}@chorus`,
    start: c.startsAt,
    end: new Date(c.startsAt.getTime() + THREE_HOURS),
    summary: `${artistName} at ${c.venueName}`,
    location: [c.venueName, c.address, c.city, countryName(c.country)].filter(Boolean).join(", "),
    url: `${origin}/concert/${c.id}`,
    ...(c.lineup.length ? { description: `With ${c.lineup.join(", ")}` } : {}),
    status: calendarStatus(c),
    sequence: c.sequence,
    updated: c.updatedAt,
  };
}
