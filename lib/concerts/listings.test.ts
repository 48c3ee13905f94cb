import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { concertInterests, concerts, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { announceConcert } from "./announce";
import { findConcerts, listCalendarConcerts, listInterestedConcerts, listProfileConcerts } from "./listings";

describe("concert lists", () => {
  let t: ReturnType<typeof tempDatabase>;
  const now = new Date("2030-01-01T12:00:00Z");
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
  const ids = { band: "", support: "", fan: "" };

  const profile = (handle: string, kind: "artist" | "listener") => {
    const user = t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning().get();
    return t.db.insert(profiles).values({ ownerId: user.id, kind, handle, name: handle.replace(/_/g, " "), country: "DE" }).returning().get().id;
  };
  const show = (venueName: string, city: string, country: string, startsAt: Date, profileId = ids.band) =>
    t.db.insert(concerts).values({ profileId, venueName, city, country, timeZone: "UTC", startsAt }).returning().get().id;

  beforeEach(() => {
    t = tempDatabase();
    ids.band = profile("the_band", "artist");
    ids.support = profile("support_act", "artist");
    ids.fan = profile("a_fan", "listener");
  });
  afterEach(() => t.close());

  const search = (near: { city: string | null; country: string | null }) =>
    findConcerts(t.db, { city: "", from: "", to: "", genre: "", followerId: null, near, limit: 30 }, now).concerts.map((c) => c.venueName);

  it("orders by distance group, then by date: a nearer show is never behind a farther one", () => {
    show("Budokan", "Tokyo", "JP", day(1));
    show("Arena Wien", "Vienna", "AT", day(2));
    show("Backstage", "Munich", "DE", day(3));
    show("SO36", "Berlin", "DE", day(5));
    show("Lido", "berlin", "DE", day(4));
    show("Paradiso", "Amsterdam", "NL", day(1.5));
    show("Old Show", "Berlin", "DE", day(-1));
    expect(search({ city: "Berlin", country: "DE" })).toEqual(["Lido", "SO36", "Backstage", "Paradiso", "Arena Wien", "Budokan"]);
    // Only a country known: that country first, then its part of the world.
    expect(search({ city: null, country: "DE" })).toEqual(["Backstage", "Lido", "SO36", "Paradiso", "Arena Wien", "Budokan"]);
    // Nothing known: plain date order, soonest first.
    expect(search({ city: null, country: null })).toEqual(["Budokan", "Paradiso", "Arena Wien", "Backstage", "Lido", "SO36"]);
  });

  it("finds the viewer's city however its name is spelled on the show", () => {
    show("Audio", "Sao Paulo", "BR", day(3));
    show("Cine Joia", "São Paulo", "BR", day(2));
    show("Blue Note", "Rio de Janeiro", "BR", day(1));
    expect(search({ city: "são paulo", country: "BR" })).toEqual(["Cine Joia", "Audio", "Blue Note"]);
  });

  it("lists on a profile the shows it is tagged in, with the headliner as the artist", () => {
    const own = show("Lido", "Berlin", "DE", day(3), ids.support);
    const tagged = announceConcert(t.db, { profileId: ids.band, venueName: "Paradiso", address: "", city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", startsAt: day(2), ticketUrl: null, priceMinMinor: null, priceMaxMinor: null, currency: "EUR", lineup: ["@Support_Act", "Friends of Ours"] }, now).id;
    show("Elsewhere", "Paris", "FR", day(1));
    const upcoming = listProfileConcerts(t.db, ids.support, "upcoming", now);
    expect(upcoming.map((c) => [c.id, c.artist.id])).toEqual([[tagged, ids.band], [own, ids.support]]);
    expect(listProfileConcerts(t.db, ids.band, "upcoming", now)).toHaveLength(2);
    const feed = listCalendarConcerts(t.db, ids.support, now);
    expect(feed.map((c) => [c.venueName, c.artistName, c.lineup])).toEqual([["Paradiso", "the band", ["support act", "Friends of Ours"]], ["Lido", "support act", []]]);
  });

  it("lists a listener's Interested shows: upcoming soonest first, past latest first", () => {
    const shows = [show("Soon", "Berlin", "DE", day(1)), show("Later", "Berlin", "DE", day(9)), show("Last month", "Berlin", "DE", day(-30)), show("Last week", "Berlin", "DE", day(-7)), show("Not mine", "Berlin", "DE", day(2))];
    for (const concertId of shows.slice(0, 4)) t.db.insert(concertInterests).values({ concertId, profileId: ids.fan }).run();
    const mine = listInterestedConcerts(t.db, ids.fan, now);
    expect(mine.upcoming.map((c) => c.venueName)).toEqual(["Soon", "Later"]);
    expect(mine.past.map((c) => c.venueName)).toEqual(["Last week", "Last month"]);
    expect(mine.past.every((c) => c.past)).toBe(true);
    expect(listInterestedConcerts(t.db, ids.support, now)).toEqual({ upcoming: [], past: [] });
  });
});
