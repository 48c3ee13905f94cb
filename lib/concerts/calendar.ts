import type { IcsEvent } from "./ics";

const THREE_HOURS = 3 * 3_600_000;

export function concertEvent(c: { id: string; startsAt: Date; venueName: string; address: string; city: string; status: string; updatedAt: Date }, artistName: string, origin: string): IcsEvent {
  return {
    uid: `${c.id}@chorus`,
    start: c.startsAt,
    end: new Date(c.startsAt.getTime() + THREE_HOURS),
    summary: `${artistName} at ${c.venueName}`,
    location: [c.venueName, c.address, c.city].filter(Boolean).join(", "),
    url: `${origin}/concert/${c.id}`,
    status: c.status === "cancelled" ? "CANCELLED" : c.status === "postponed" ? "TENTATIVE" : "CONFIRMED",
    updated: c.updatedAt,
  };
}
