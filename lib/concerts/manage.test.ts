import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { blocks, concertLineup, concerts, follows, notifications, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { announceConcert, reachText, type NewConcert } from "./announce";
import { setConcertStatus, setInterest, updateConcert, type ConcertEdit } from "./manage";

describe("managing a show", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
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

  beforeEach(async () => {
    t = await tempDatabase();
    const profile = async (handle: string, kind: "artist" | "listener", city: string | null = null) => {
      const user = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      return (await t.db.insert(profiles).values({ ownerId: user.id, kind, handle, name: handle.toUpperCase(), city, country: "NL" }).returning())[0].id;
    };
    ids.artist = await profile("band", "artist");
    ids.other = await profile("support_act", "artist");
    ids.fanA = await profile("fan_a", "listener", "Amsterdam");
    ids.fanB = await profile("fan_b", "listener");
    await t.db.insert(follows).values({ followerId: ids.fanA, followeeId: ids.artist });
    ids.concert = (await announceConcert(t.db, { ...show, profileId: ids.artist }, now)).id;
  });
  afterEach(() => t.close());

  const notes = async (recipient: string) => await t.db.select().from(notifications).where(eq(notifications.recipientId, recipient));
  const concert = async () => (await t.db.select().from(concerts).where(eq(concerts.id, ids.concert)).limit(1))[0]!;

  it("links @handles in the lineup and notifies nearby followers once", async () => {
    const lineup = await t.db.select().from(concertLineup).where(eq(concertLineup.concertId, ids.concert));
    expect(lineup.map((l) => [l.name, l.profileId])).toEqual([["SUPPORT_ACT", ids.other], ["Friends of Ours", null]]);
    expect((await notes(ids.fanA)).map((n) => n.type)).toEqual(["concert_near_you"]);
  });

  it("counts interest exactly, however often it is asked", async () => {
    for (let i = 0; i < 3; i++) await setInterest(t.db, ids.concert, ids.fanA, true);
    expect(await setInterest(t.db, ids.concert, ids.fanB, true)).toEqual({ ok: true, interested: true, count: 2 });
    await setInterest(t.db, ids.concert, ids.fanB, false);
    expect(await setInterest(t.db, ids.concert, ids.fanB, false)).toEqual({ ok: true, interested: false, count: 1 });
    expect(await setInterest(t.db, "nope", ids.fanB, true)).toMatchObject({ ok: false });
  });

  it("tells interested fans, and only them, when a show is postponed or cancelled", async () => {
    await setInterest(t.db, ids.concert, ids.fanB, true);
    const later = new Date("2030-04-01T19:00:00Z");
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: later }, now)).toEqual({ ok: true, notified: 1 });
    expect(await concert()).toMatchObject({ status: "postponed", startsAt: later });
    expect((await notes(ids.fanB)).at(-1)?.text).toContain("postponed the show at Paradiso, Amsterdam to");
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "cancelled" }, now)).toEqual({ ok: true, notified: 1 });
    expect((await notes(ids.fanB)).map((n) => n.text)).toEqual([expect.stringContaining("postponed"), "cancelled the show at Paradiso, Amsterdam"]);
    // fanA follows but never marked interest: only the announcement reached them.
    expect(await notes(ids.fanA)).toHaveLength(1);
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, now)).toMatchObject({ ok: false, reason: "cancelled" });
  });

  it("tells each fan at most once a day however often the show flips (a cancellation is always told)", async () => {
    await setInterest(t.db, ids.concert, ids.fanB, true);
    const later = new Date("2030-04-01T19:00:00Z");
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: later }, now)).toEqual({ ok: true, notified: 1 });
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, new Date(now.getTime() + 60_000))).toEqual({ ok: true, notified: 0 });
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: later }, new Date(now.getTime() + 120_000))).toEqual({ ok: true, notified: 0 });
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, new Date(now.getTime() + 25 * 3_600_000))).toEqual({ ok: true, notified: 1 });
    expect(await setConcertStatus(t.db, ids.concert, ids.artist, { status: "cancelled" }, new Date(now.getTime() + 26 * 3_600_000))).toEqual({ ok: true, notified: 1 });
    expect(await notes(ids.fanB)).toHaveLength(3);
  });

  it("refuses another page's show and past dates for moved shows", async () => {
    expect(await setConcertStatus(t.db, ids.concert, ids.other, { status: "cancelled" }, now)).toMatchObject({ ok: false, reason: "not_found" });
    expect(await updateConcert(t.db, ids.concert, ids.other, show, now)).toMatchObject({ ok: false, reason: "not_found" });
    expect((await concert()).status).toBe("scheduled");
    const moved = await updateConcert(t.db, ids.concert, ids.artist, { ...show, startsAt: new Date("2029-01-01T00:00:00Z") }, now);
    expect(moved).toMatchObject({ ok: false, reason: "past_date" });
    expect(english(moved.ok ? "" : moved.message)).toBe("That date is in the past. Pick a future date or keep the old one.");
    const postponed = await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: new Date("2029-01-01T00:00:00Z") }, now);
    expect(postponed).toMatchObject({ ok: false, reason: "past_date" });
    expect(english(postponed.ok ? "" : postponed.message)).toBe("The new date is in the past. Pick a future date, or leave it empty for “date to be announced”.");
    expect((await concert()).startsAt).toEqual(show.startsAt);
  });

  it("an edit that moves the venue notifies interested fans; a price edit does not", async () => {
    await setInterest(t.db, ids.concert, ids.fanB, true);
    expect(await updateConcert(t.db, ids.concert, ids.artist, { ...show, priceMinMinor: 3000, priceMaxMinor: 3000, lineup: [] }, now)).toEqual({ ok: true, notified: 0 });
    expect((await t.db.select().from(concertLineup).where(eq(concertLineup.concertId, ids.concert)))).toHaveLength(0);
    expect(await updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg" }, now)).toEqual({ ok: true, notified: 1 });
    expect((await notes(ids.fanB))[0].text).toMatch(/^moved the show to Melkweg, Amsterdam/);
  });

  it("grows the calendar revision with every change calendars show, and not with a price change", async () => {
    const revision = async () => (await concert()).sequence;
    expect(await revision()).toBe(0);
    await updateConcert(t.db, ids.concert, ids.artist, { ...show, priceMinMinor: 3000, priceMaxMinor: 3000 }, now);
    expect(await revision()).toBe(0);
    await updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg" }, now);
    expect(await revision()).toBe(1);
    await updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg", startsAt: new Date("2030-03-02T19:00:00Z") }, now);
    expect(await revision()).toBe(2);
    await updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg", startsAt: new Date("2030-03-02T19:00:00Z"), lineup: ["@support_act"] }, now);
    expect(await revision()).toBe(3);
    // The same values again: nothing a calendar shows has changed.
    await updateConcert(t.db, ids.concert, ids.artist, { ...show, venueName: "Melkweg", startsAt: new Date("2030-03-02T19:00:00Z"), lineup: ["@support_act"] }, now);
    expect(await revision()).toBe(3);
    await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: null }, now);
    expect(await concert()).toMatchObject({ sequence: 4, status: "postponed", rescheduled: false });
    await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: new Date("2030-05-01T19:00:00Z") }, now);
    expect(await concert()).toMatchObject({ sequence: 5, status: "postponed", rescheduled: true });
    await setConcertStatus(t.db, ids.concert, ids.artist, { status: "cancelled" }, now);
    expect(await concert()).toMatchObject({ sequence: 6, status: "cancelled" });
  });

  it("a postponed show given a new date through the edit form counts as rescheduled", async () => {
    await setConcertStatus(t.db, ids.concert, ids.artist, { status: "postponed", startsAt: null }, now);
    await updateConcert(t.db, ids.concert, ids.artist, { ...show, startsAt: new Date("2030-06-01T19:00:00Z") }, now);
    expect(await concert()).toMatchObject({ status: "postponed", rescheduled: true });
    await setConcertStatus(t.db, ids.concert, ids.artist, { status: "scheduled" }, now);
    expect(await concert()).toMatchObject({ status: "scheduled", rescheduled: false });
  });
});

describe("tagging acts in a lineup", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
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

  beforeEach(async () => {
    t = await tempDatabase();
    const account = async (handle: string) => {
      const user = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      const team = (await t.db.insert(profiles).values({ ownerId: user.id, kind: "listener", handle: `${handle}_team`, name: `${handle} team` }).returning())[0].id;
      const page = (await t.db.insert(profiles).values({ ownerId: user.id, kind: "artist", handle, name: handle.toUpperCase() }).returning())[0].id;
      return { user: user.id, team, page };
    };
    const h = await account("headliner");
    const g = await account("guest");
    const o = await account("other");
    Object.assign(ids, { headliner: h.page, headlinerTeam: h.team, guest: g.page, guestTeam: g.team, other: o.page, otherTeam: o.team });
    // A second page run by the headliner's own account.
    ids.sidePage = (await t.db.insert(profiles).values({ ownerId: h.user, kind: "artist", handle: "side_project", name: "Side Project" }).returning())[0].id;
  });
  afterEach(() => t.close());

  const tagNotes = async (recipient: string) => (await t.db.select().from(notifications).where(eq(notifications.recipientId, recipient))).filter((n) => n.type === "concert_lineup");

  it("tells the tagged page's managers once per show; a tag added later tells, a removal does not", async () => {
    const id = (await announceConcert(t.db, { ...show, profileId: ids.headliner, lineup: ["@guest", "@side_project", "@headliner", "Local Support"] }, now)).id;
    expect(await tagNotes(ids.guestTeam)).toEqual([expect.objectContaining({ actorId: ids.headliner, objectType: "concert", objectId: id, text: expect.stringMatching(/^put GUEST on the bill at Paradiso, Amsterdam, /) })]);
    // Tagging yourself or a page you run yourself rings nobody.
    expect(await tagNotes(ids.headlinerTeam)).toEqual([]);

    await updateConcert(t.db, id, ids.headliner, { ...show, lineup: ["@guest", "@other"] }, now);
    expect(await tagNotes(ids.otherTeam)).toHaveLength(1);
    expect(await tagNotes(ids.guestTeam)).toHaveLength(1);
    // Removed, then added back: still one notice for this show.
    await updateConcert(t.db, id, ids.headliner, { ...show, lineup: ["@other"] }, now);
    await updateConcert(t.db, id, ids.headliner, { ...show, lineup: ["@guest", "@other"] }, now);
    expect(await tagNotes(ids.guestTeam)).toHaveLength(1);
    expect((await t.db.select().from(concertLineup).where(eq(concertLineup.concertId, id))).map((l) => l.profileId)).toEqual([ids.guest, ids.other]);

    // Another show is another notice.
    await announceConcert(t.db, { ...show, profileId: ids.headliner, lineup: ["@guest"] }, now);
    expect(await tagNotes(ids.guestTeam)).toHaveLength(2);
  });

  it("a page that blocked the headliner is not told", async () => {
    await t.db.insert(blocks).values({ blockerId: ids.guestTeam, blockedId: ids.headliner });
    await announceConcert(t.db, { ...show, profileId: ids.headliner, lineup: ["@guest"] }, now);
    expect(await tagNotes(ids.guestTeam)).toEqual([]);
  });
});

describe("fans nearby when a show is announced", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const now = new Date("2030-01-01T12:00:00Z");
  let artist = "";
  const show: NewConcert = { profileId: "", venueName: "La Cigale", address: "", city: "Paris", country: "FR", timeZone: "Europe/Paris", startsAt: new Date("2030-03-01T19:00:00Z"), ticketUrl: null, priceMinMinor: null, priceMaxMinor: null, currency: "EUR", lineup: [] };

  const fan = async (handle: string, where: { city?: string | null; country?: string | null; accountCity?: string; accountCountry?: string }, level: "all" | "highlights" | "off" = "all", kind: "listener" | "artist" = "listener") => {
    const user = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle, city: where.accountCity ?? null, country: where.accountCountry ?? null }).returning())[0];
    const id = (await t.db.insert(profiles).values({ ownerId: user.id, kind, handle, name: handle, city: where.city ?? null, country: where.country ?? null }).returning())[0].id;
    await t.db.insert(follows).values({ followerId: id, followeeId: artist, notifyLevel: level });
    return id;
  };

  beforeEach(async () => {
    t = await tempDatabase();
    const user = (await t.db.insert(users).values({ email: "band@x.test" }).returning())[0];
    artist = (await t.db.insert(profiles).values({ ownerId: user.id, kind: "artist", handle: "band", name: "Band", country: "DE" }).returning())[0].id;
    show.profileId = artist;
  });
  afterEach(() => t.close());

  it("counts followers in the show's country even without a city, and says where", async () => {
    const inFrance = await fan("in_france", { country: "FR" });
    const result = await announceConcert(t.db, show, now);
    expect(result).toMatchObject({ notified: 1, reach: { inCity: 0, total: 1 } });
    expect(reachText(result.reach, show)).toBe("1 fan in France was notified.");
    expect((await t.db.select().from(notifications).where(eq(notifications.recipientId, inFrance))).map((n) => n.type)).toEqual(["concert_near_you"]);
  });

  it("finds a fan's location on their account when their profile has none, folds accents in cities, and leaves out Off and pages", async () => {
    await fan("account_only", { accountCountry: "FR" });
    await fan("parisian", { city: "PARIS", country: "FR" });
    await fan("lyon", { city: "Lyon", country: "FR" });
    await fan("city_only", { city: "Paris" });
    await fan("berlin", { city: "Berlin", country: "DE" });
    await fan("silenced", { city: "Paris", country: "FR" }, "off");
    await fan("highlights", { country: "FR" }, "highlights");
    await fan("a_page", { city: "Paris", country: "FR" }, "all", "artist");
    const result = await announceConcert(t.db, show, now);
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
