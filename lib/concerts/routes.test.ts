/**
 * The calendar routes and the announce action, wired to a temporary database:
 * SEQUENCE, STATUS and LOCATION as a calendar app reads them, and what the
 * announcer is told about the fans who heard.
 */
import { actAs, form, state } from "@/lib/test/guarded-env";
import { randomBytes } from "node:crypto";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";

const ids = { user: "", page: "", guest: "", concert: "" };

beforeAll(async () => {
  process.env.AUTH_SECRET ??= randomBytes(24).toString("base64url");
  state.headers = { "x-chorus-client-ip": "203.0.113.9", host: "localhost:3100" };
  process.env.CHORUS_CLIENT_IP_HEADER = "x-chorus-client-ip";
  const { db } = await import("@/db");
  const s = await import("@/db/schema");
  const { announceConcert } = await import("./announce");
  const account = async (handle: string, country: string) => {
    const user = (await db.insert(s.users).values({ email: `${handle}@x.test`, name: handle, country }).returning())[0];
    const listener = (await db.insert(s.profiles).values({ ownerId: user.id, kind: "listener", handle, name: handle, country }).returning())[0];
    return { user: user.id, listener: listener.id };
  };
  const owner = await account("tour_owner", "DE");
  const fan = await account("french_fan", "FR");
  ids.user = owner.user;
  ids.page = (await db.insert(s.profiles).values({ ownerId: owner.user, kind: "artist", handle: "tour_band", name: "Tour Band", country: "DE" }).returning())[0].id;
  const guestOwner = await account("guest_owner", "NL");
  ids.guest = (await db.insert(s.profiles).values({ ownerId: guestOwner.user, kind: "artist", handle: "guest_band", name: "Guest Band", country: "NL" }).returning())[0].id;
  await db.insert(s.follows).values({ followerId: fan.listener, followeeId: ids.page });
  ids.concert = (await announceConcert(db, { profileId: ids.page, venueName: "Paradiso", address: "Weteringschans 6", city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", startsAt: new Date(Date.now() + 30 * 86_400_000), ticketUrl: null, priceMinMinor: null, priceMaxMinor: null, currency: "EUR", lineup: ["@guest_band"] }, new Date(), false)).id;
});

async function showCalendar() {
  const { GET } = await import("@/app/(main)/concert/[id]/calendar.ics/route");
  const response = await GET(new Request(`http://localhost:3100/concert/${ids.concert}/calendar.ics`), { params: Promise.resolve({ id: ids.concert }) });
  return new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent("vevent")!);
}

async function feed(handle: string) {
  const { GET } = await import("@/app/(main)/u/[handle]/concerts.ics/route");
  const response = await GET(new Request(`http://localhost:3100/@${handle}/concerts.ics`), { params: Promise.resolve({ handle }) });
  return new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar routes", () => {
  it("emit SEQUENCE from the show's revision in both calendars, the country in LOCATION, and CONFIRMED again once a postponed show has its date", async () => {
    const { db } = await import("@/db");
    const { setConcertStatus } = await import("./manage");
    let event = await showCalendar();
    expect(event.sequence).toBe(0);
    expect(event.location).toBe("Paradiso, Weteringschans 6, Amsterdam, Netherlands");
    expect(event.component.getFirstPropertyValue("status")).toBe("CONFIRMED");

    await setConcertStatus(db, ids.concert, ids.page, { status: "postponed", startsAt: null });
    event = await showCalendar();
    expect(event.sequence).toBe(1);
    expect(event.component.getFirstPropertyValue("status")).toBe("TENTATIVE");

    await setConcertStatus(db, ids.concert, ids.page, { status: "postponed", startsAt: new Date(Date.now() + 60 * 86_400_000) });
    event = await showCalendar();
    expect(event.sequence).toBe(2);
    expect(event.component.getFirstPropertyValue("status")).toBe("CONFIRMED");

    const [own] = await feed("tour_band");
    expect([own.uid, own.sequence, own.location, own.component.getFirstPropertyValue("status")]).toEqual([`${ids.concert}@chorus`, 2, "Paradiso, Weteringschans 6, Amsterdam, Netherlands", "CONFIRMED"]);
    // The tagged act's feed has the show too, under the headliner's name.
    const [guest] = await feed("guest_band");
    expect([guest.uid, guest.summary, guest.sequence]).toEqual([`${ids.concert}@chorus`, "Tour Band at Paradiso", 2]);
  });
});

describe("announcing a show", () => {
  it("tells the announcer how many fans heard, and where", async () => {
    actAs(ids.user);
    const { announceConcertAction } = await import("./actions");
    const result = await announceConcertAction({ ok: false }, form({ profileId: ids.page, venueName: "La Cigale", address: "", city: "Paris", country: "FR", timeZone: "Europe/Paris", startsLocal: "2031-05-01T20:00", ticketUrl: "", priceMin: "", priceMax: "", currency: "EUR", lineup: "" }));
    expect(result).toMatchObject({ ok: true, message: "Announced. 1 fan in France was notified." });
  });
});
