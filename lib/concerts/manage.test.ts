import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocks, concertLineup, concerts, follows, notifications, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { announceConcert, reachText, type NewConcert } from "./announce";
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

  it("grows the calendar revision with every change calendars show, and not with a price change", () => {
    const revision = () => concert().sequence;
    expect(revision()).toBe(0);
    updateConcert(t.db, ids.concert, ids.artist, { ...show, priceMinMinor: 3000, priceMaxMinor: 3000 }, now);
    expect(revision()).toBe(0);
    updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg" }, now);
    expect(revision()).toBe(1);
    updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg", startsAt: new Date("2030-03-02T19:00:00Z") }, now);
    expect(revision()).toBe(2);
    updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg", startsAt: new Date("2030-03-02T19:00:00Z"), lineup: ["@support_act"] }, now);
    expect(revision()).toBe(3);
    // The same values again: nothing a calendar shows has changed.
    updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg", startsAt: new Date("2030-03-02T19:00:00Z"), lineup: ["@support_act"] }, now);
    expect(revision()).toBe(3);
    setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: null }, now);
    expect(concert()).toMatchObject({ sequence: 4, status: "postponed", rescheduled: false });
    setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: new Date("2030-05-01T19:00:00Z") }, now);
    expect(concert()).toMatchObject({ sequence: 5, status: "postponed", rescheduled: true });
    setConcertStatus(t.db, ids.concert, ids.artist, { status: "cancelled" }, now);
    expect(concert()).toMatchObject({ sequence: 6, status: "cancelled" });
  });

  it("a postponed show given a new date through the edit form counts as rescheduled", () => {
    setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: null }, now);
    updateConcert(t.db, ids.concert, ids.artist, { ...show, startsAt: new Date("2030-06-01T19:00:00Z") }, now);
    expect(concert()).toMatchObject({ status: "postponed", rescheduled: true });
    setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, now);
    expect(concert()).toMatchObject({ status: "scheduled", rescheduled: false });
  });
});

describe("tagging acts in a lineup", () => {
  let t: ReturnType<typeof tempDatabase>;
  const now = new Date("2030-01-01T12:00:00Z");
  const ids = { headliner: "", headlinerTeam: "", guest: "", guestTeam: "", other: "", otherTeam: "", sidePage: "" };
  const show: ConcertEdit = {
    venueName: "Paradiso",
    address: "",
    city: "Amsterdam",
    country: "NL",
    timeZone: "Europe/Amsterdam",
    startsAt: new Date("2030-03-01T19:00:00Z"),
    ticketUrl: null,
    priceMinMinor: null,
    priceMaxMinor: null,
    currency: "EUR",
    lineup: [],
  };

  beforeEach(() => {
    t = tempDatabase();
    const account = (handle: string) => {
      const user = t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning().get();
      const team = t.db.insert(profiles).values({ ownerId: user.id, kind: "listener", handle: `${handle}_team`, name: `${handle} team` }).returning().get().id;
      const page = t.db.insert(profiles).values({ ownerId: user.id, kind: "artist", handle, name: handle.toUpperCase() }).returning().get().id;
      return { user: user.id, team, page };
    };
    const h = account("headliner");
    const g = account("guest");
    const o = account("other");
    Object.assign(ids, { headliner: h.page, headlinerTeam: h.team, guest: g.page, guestTeam: g.team, other: o.page, otherTeam: o.team });
    // A second page run by the headliner's own account.
    ids.sidePage = t.db.insert(profiles).values({ ownerId: h.user, kind: "artist", handle: "side_project", name: "Side Project" }).returning().get().id;
  });
  afterEach(() => t.close());

  const tagNotes = (recipient: string) => t.db.select().from(notifications).where(eq(notifications.recipientId, recipient)).all().filter((n) => n.type === "concert_lineup");

  it("tells the tagged page's managers once per show; a tag added later tells, a removal does not", () => {
    const id = announceConcert(t.db, { ...show, profileId: ids.headliner, lineup: ["@guest", "@side_project", "@headliner", "Local Support"] }, now).id;
    expect(tagNotes(ids.guestTeam)).toEqual([expect.objectContaining({ actorId: ids.headliner, objectType: "concert", objectId: id, text: expect.stringMatching(/^put GUEST on the bill at Paradiso, Amsterdam, /) })]);
    // Tagging yourself or a page you run yourself rings nobody.
    expect(tagNotes(ids.headlinerTeam)).toEqual([]);

    updateConcert(t.db, id, ids.headliner, { ...show, lineup: ["@guest", "@other"] }, now);
    expect(tagNotes(ids.otherTeam)).toHaveLength(1);
    expect(tagNotes(ids.guestTeam)).toHaveLength(1);
    // Removed, then added back: still one notice for this show.
    updateConcert(t.db, id, ids.headliner, { ...show, lineup: ["@other"] }, now);
    updateConcert(t.db, id, ids.headliner, { ...show, lineup: ["@guest", "@other"] }, now);
    expect(tagNotes(ids.guestTeam)).toHaveLength(1);
    expect(t.db.select().from(concertLineup).where(eq(concertLineup.concertId, id)).all().map((l) => l.profileId)).toEqual([ids.guest, ids.other]);

    // Another show is another notice.
    announceConcert(t.db, { ...show, profileId: ids.headliner, lineup: ["@guest"] }, now);
    expect(tagNotes(ids.guestTeam)).toHaveLength(2);
  });

  it("a page that blocked the headliner is not told", () => {
    t.db.insert(blocks).values({ blockerId: ids.guestTeam, blockedId: ids.headliner }).run();
    announceConcert(t.db, { ...show, profileId: ids.headliner, lineup: ["@guest"] }, now);
    expect(tagNotes(ids.guestTeam)).toEqual([]);
  });
});

describe("fans nearby when a show is announced", () => {
  let t: ReturnType<typeof tempDatabase>;
  const now = new Date("2030-01-01T12:00:00Z");
  let artist = "";
  const show: NewConcert = { profileId: "", venueName: "La Cigale", address: "", city: "Paris", country: "FR", timeZone: "Europe/Paris", startsAt: new Date("2030-03-01T19:00:00Z"), ticketUrl: null, priceMinMinor: null, priceMaxMinor: null, currency: "EUR", lineup: [] };

  const fan = (handle: string, where: { city?: string | null; country?: string | null; accountCity?: string; accountCountry?: string }, level: "all" | "highlights" | "off" = "all", kind: "listener" | "artist" = "listener") => {
    const user = t.db.insert(users).values({ email: `${handle}@x.test`, name: handle, city: where.accountCity ?? null, country: where.accountCountry ?? null }).returning().get();
    const id = t.db.insert(profiles).values({ ownerId: user.id, kind, handle, name: handle, city: where.city ?? null, country: where.country ?? null }).returning().get().id;
    t.db.insert(follows).values({ followerId: id, followeeId: artist, notifyLevel: level }).run();
    return id;
  };

  beforeEach(() => {
    t = tempDatabase();
    const user = t.db.insert(users).values({ email: "band@x.test" }).returning().get();
    artist = t.db.insert(profiles).values({ ownerId: user.id, kind: "artist", handle: "band", name: "Band", country: "DE" }).returning().get().id;
    show.profileId = artist;
  });
  afterEach(() => t.close());

  it("counts followers in the show's country even without a city, and says where", () => {
    const inFrance = fan("in_france", { country: "FR" });
    const result = announceConcert(t.db, show, now);
    expect(result).toMatchObject({ notified: 1, reach: { inCity: 0, total: 1 } });
    expect(reachText(result.reach, show)).toBe("1 fan in France was notified.");
    expect(t.db.select().from(notifications).where(eq(notifications.recipientId, inFrance)).all().map((n) => n.type)).toEqual(["concert_near_you"]);
  });

  it("finds a fan's location on their account when their profile has none, folds accents in cities, and leaves out Off and pages", () => {
    fan("account_only", { accountCountry: "FR" });
    fan("parisian", { city: "PARIS", country: "FR" });
    fan("lyon", { city: "Lyon", country: "FR" });
    fan("city_only", { city: "Paris" });
    fan("berlin", { city: "Berlin", country: "DE" });
    fan("silenced", { city: "Paris", country: "FR" }, "off");
    fan("highlights", { country: "FR" }, "highlights");
    fan("a_page", { city: "Paris", country: "FR" }, "all", "artist");
    const result = announceConcert(t.db, show, now);
    expect(result.reach).toEqual({ inCity: 2, total: 5 });
    expect(result.notified).toBe(5);
    expect(reachText(result.reach, show)).toBe("5 fans in France were notified, 2 of them in Paris.");
  });

  it("words every case plainly", () => {
    const place = { city: "São Paulo", country: "BR" };
    expect(reachText({ inCity: 0, total: 0 }, place)).toBe("No followers in Brazil to notify yet.");
    expect(reachText({ inCity: 3, total: 3 }, place)).toBe("3 fans in São Paulo were notified.");
    expect(reachText({ inCity: 1, total: 1 }, place)).toBe("1 fan in São Paulo was notified.");
    expect(reachText({ inCity: 0, total: 12 }, place)).toBe("12 fans in Brazil were notified.");
    expect(reachText({ inCity: 1, total: 2 }, place)).toBe("2 fans in Brazil were notified, 1 of them in São Paulo.");
  });
});
