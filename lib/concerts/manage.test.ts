import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { concertLineup, concerts, follows, notifications, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { announceConcert } from "./announce";
import { setConcertStatus, setInterest, updateConcert, type ConcertEdit } from "./manage";

describe("managing a show", () => {
  let t: ReturnType<typeof tempDatabase>;
  const ids = { artist: "", other: "", fanA: "", fanB: "", concert: "" };
  const now = new Date("2030-01-01T12:00:00Z");
  const show: ConcertEdit = {
    venueName: "Paradiso",
    address: "Weteringschans 6",
    city: "Amsterdam",
    country: "NL",
    timeZone: "Europe/Amsterdam",
    startsAt: new Date("2030-03-01T19:00:00Z"),
    ticketUrl: null,
    priceMinMinor: 2500,
    priceMaxMinor: 2500,
    currency: "EUR",
    lineup: ["@support_act", "Friends of Ours"],
  };

  beforeEach(() => {
    t = tempDatabase();
    const profile = (handle: string, kind: "artist" | "listener", city: string | null = null) => {
      const user = t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning().get();
      return t.db.insert(profiles).values({ ownerId: user.id, kind, handle, name: handle.toUpperCase(), city, country: "NL" }).returning().get().id;
    };
    ids.artist = profile("band", "artist");
    ids.other = profile("support_act", "artist");
    ids.fanA = profile("fan_a", "listener", "Amsterdam");
    ids.fanB = profile("fan_b", "listener");
    t.db.insert(follows).values({ followerId: ids.fanA, followeeId: ids.artist }).run();
    ids.concert = announceConcert(t.db, { ...show, profileId: ids.artist }, now).id;
  });
  afterEach(() => t.close());

  const notes = (recipient: string) => t.db.select().from(notifications).where(eq(notifications.recipientId, recipient)).all();
  const concert = () => t.db.select().from(concerts).where(eq(concerts.id, ids.concert)).get()!;

  it("links @handles in the lineup and notifies nearby followers once", () => {
    const lineup = t.db.select().from(concertLineup).where(eq(concertLineup.concertId, ids.concert)).all();
    expect(lineup.map((l) => [l.name, l.profileId])).toEqual([["SUPPORT_ACT", ids.other], ["Friends of Ours", null]]);
    expect(notes(ids.fanA).map((n) => n.type)).toEqual(["concert_near_you"]);
  });

  it("counts interest exactly, however often it is asked", () => {
    for (let i = 0; i < 3; i++) setInterest(t.db, ids.concert, ids.fanA, true);
    expect(setInterest(t.db, ids.concert, ids.fanB, true)).toEqual({ ok: true, interested: true, count: 2 });
    setInterest(t.db, ids.concert, ids.fanB, false);
    expect(setInterest(t.db, ids.concert, ids.fanB, false)).toEqual({ ok: true, interested: false, count: 1 });
    expect(setInterest(t.db, "nope", ids.fanB, true)).toMatchObject({ ok: false });
  });

  it("tells interested fans, and only them, when a show is postponed or cancelled", () => {
    setInterest(t.db, ids.concert, ids.fanB, true);
    const later = new Date("2030-04-01T19:00:00Z");
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: later }, now)).toEqual({ ok: true, notified: 1 });
    expect(concert()).toMatchObject({ status: "postponed", startsAt: later });
    expect(notes(ids.fanB).at(-1)?.text).toContain("postponed the show at Paradiso, Amsterdam to");
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "cancelled" }, now)).toEqual({ ok: true, notified: 1 });
    expect(notes(ids.fanB).map((n) => n.text)).toEqual([expect.stringContaining("postponed"), "cancelled the show at Paradiso, Amsterdam"]);
    // fanA follows but never marked interest: only the announcement reached them.
    expect(notes(ids.fanA)).toHaveLength(1);
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, now)).toMatchObject({ ok: false, reason: "cancelled" });
  });

  it("tells each fan at most once a day however often the show flips (a cancellation is always told)", () => {
    setInterest(t.db, ids.concert, ids.fanB, true);
    const later = new Date("2030-04-01T19:00:00Z");
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: later }, now)).toEqual({ ok: true, notified: 1 });
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, new Date(now.getTime() + 60_000))).toEqual({ ok: true, notified: 0 });
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: later }, new Date(now.getTime() + 120_000))).toEqual({ ok: true, notified: 0 });
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, new Date(now.getTime() + 25 * 3_600_000))).toEqual({ ok: true, notified: 1 });
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "cancelled" }, new Date(now.getTime() + 26 * 3_600_000))).toEqual({ ok: true, notified: 1 });
    expect(notes(ids.fanB)).toHaveLength(3);
  });

  it("refuses another page's show and past dates for moved shows", () => {
    expect(setConcertStatus(t.db, ids.concert, ids.other, { status: "cancelled" }, now)).toMatchObject({ ok: false, reason: "not_found" });
    expect(updateConcert(t.db, ids.concert, ids.other, show, now)).toMatchObject({ ok: false, reason: "not_found" });
    expect(concert().status).toBe("scheduled");
    expect(updateConcert(t.db, ids.concert, ids.artist, { ...show, startsAt: new Date("2029-01-01T00:00:00Z") }, now)).toMatchObject({ ok: false, reason: "past_date" });
    expect(setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: new Date("2029-01-01T00:00:00Z") }, now)).toMatchObject({ ok: false, reason: "past_date" });
    expect(concert().startsAt).toEqual(show.startsAt);
  });

  it("an edit that moves the venue notifies interested fans; a price edit does not", () => {
    setInterest(t.db, ids.concert, ids.fanB, true);
    expect(updateConcert(t.db, ids.concert, ids.artist, { ...show, priceMinMinor: 3000, priceMaxMinor: 3000, lineup: [] }, now)).toEqual({ ok: true, notified: 0 });
    expect(t.db.select().from(concertLineup).where(eq(concertLineup.concertId, ids.concert)).all()).toHaveLength(0);
    expect(updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg" }, now)).toEqual({ ok: true, notified: 1 });
    expect(notes(ids.fanB)[0].text).toMatch(/^moved the show to Melkweg, Amsterdam/);
  });
});
