import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { concertInterests, concerts, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { announceConcert } from "./announce";
import { findConcerts, listCalendarConcerts, listInterestedConcerts, listProfileConcerts } from "./listings";

describe("concert lists", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const now = new Date("2030-01-01T12:00:00Z");
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
  const ids = { band: "", support: "", fan: "" };

  const profile = async (handle: string, kind: "artist" | "listener") => {
    const user = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
    return (await t.db.insert(profiles).values({ ownerId: user.id, kind, handle, name: handle.replace(/_/g, " "), country: "DE" }).returning())[0].id;
  };
  const show = async (venueName: string, city: string, country: string, startsAt: Date, profileId = ids.band) =>
    (await t.db.insert(concerts).values({ profileId, venueName, city, country, timeZone: "UTC", startsAt }).returning())[0].id;

  beforeEach(async () => {
    t = await tempDatabase();
    ids.band = await profile("the_band", "artist");
    ids.support = await profile("support_act", "artist");
    ids.fan = await profile("a_fan", "listener");
  });
  afterEach(() => t.close());

  const search = async (near: { city: string | null; country: string | null }) =>
    (await findConcerts(t.db, { city: "", from: "", to: "", genre: "", followerId: null, near, limit: 30 }, now)).concerts.map((c) => c.venueName);

  it("orders by distance group, then by date: a nearer show is never behind a farther one", async () => {
    await show("Budokan", "Tokyo", "JP", day(1));
    await show("Arena Wien", "Vienna", "AT", day(2));
    await show("Backstage", "Munich", "DE", day(3));
    await show("SO36", "Berlin", "DE", day(5));
    await show("Lido", "berlin", "DE", day(4));
    await show("Paradiso", "Amsterdam", "NL", day(1.5));
    await show("Old Show", "Berlin", "DE", day(-1));
    expect(await search({ city: "Berlin", country: "DE" })).toEqual(["Lido", "SO36", "Backstage", "Paradiso", "Arena Wien", "Budokan"]);
    // Only a country known: that country first, then its part of the world.
    expect(await search({ city: null, country: "DE" })).toEqual(["Backstage", "Lido", "SO36", "Paradiso", "Arena Wien", "Budokan"]);
    // Nothing known: plain date order, soonest first.
    expect(await search({ city: null, country: null })).toEqual(["Budokan", "Paradiso", "Arena Wien", "Backstage", "Lido", "SO36"]);
  });

  it("finds the viewer's city however its name is spelled on the show", async () => {
    await show("Audio", "Sao Paulo", "BR", day(3));
    await show("Cine Joia", "São Paulo", "BR", day(2));
    await show("Blue Note", "Rio de Janeiro", "BR", day(1));
    expect(await search({ city: "são paulo", country: "BR" })).toEqual(["Cine Joia", "Audio", "Blue Note"]);
  });

  it("lists on a profile the shows it is tagged in, with the headliner as the artist", async () => {
    const own = await show("Lido", "Berlin", "DE", day(3), ids.support);
    const tagged = (await announceConcert(t.db, { profileId: ids.band, venueName: "Paradiso", address: "", city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", startsAt: day(2), ticketUrl: null, priceMinMinor: null, priceMaxMinor: null, currency: "EUR", lineup: ["@Support_Act", "Friends of Ours"] }, now)).id;
    await show("Elsewhere", "Paris", "FR", day(1));
    const upcoming = await listProfileConcerts(t.db, ids.support, "upcoming", now);
    expect(upcoming.map((c) => [c.id, c.artist.id])).toEqual([[tagged, ids.band], [own, ids.support]]);
    expect(await listProfileConcerts(t.db, ids.band, "upcoming", now)).toHaveLength(2);
    const feed = await listCalendarConcerts(t.db, ids.support, now);
    expect(feed.map((c) => [c.venueName, c.artistName, c.lineup])).toEqual([["Paradiso", "the band", ["support act", "Friends of Ours"]], ["Lido", "support act", []]]);
  });

  it("lists a listener's Interested shows: upcoming soonest first, past latest first", async () => {
    const shows = [await show("Soon", "Berlin", "DE", day(1)), await show("Later", "Berlin", "DE", day(9)), await show("Last month", "Berlin", "DE", day(-30)), await show("Last week", "Berlin", "DE", day(-7)), await show("Not mine", "Berlin", "DE", day(2))];
    for (const concertId of shows.slice(0, 4)) await t.db.insert(concertInterests).values({ concertId, profileId: ids.fan });
    const mine = await listInterestedConcerts(t.db, ids.fan, now);
    expect(mine.upcoming.map((c) => c.venueName)).toEqual(["Soon", "Later"]);
    expect(mine.past.map((c) => c.venueName)).toEqual(["Last week", "Last month"]);
    expect(mine.past.every((c) => c.past)).toBe(true);
    expect(await listInterestedConcerts(t.db, ids.support, now)).toEqual({ upcoming: [], past: [] });
  });
});
