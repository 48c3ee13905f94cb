import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { concerts, mediaFiles, profiles, releases, tracks, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { cityMatchExpression, toMatchExpression } from "./match";
import { cityFilter, searchIds } from "./search";
import { countAll } from "@/db/sql";

describe("toMatchExpression", () => {
  it("quotes every word as a prefix term and drops operators", () => {
    expect(toMatchExpression("nova la")).toBe('"nova"* "la"*');
    expect(toMatchExpression('"; DROP TABLE x; -- OR NEAR(')).toBe('"DROP"* "TABLE"* "x"* "OR"* "NEAR"*');
    expect(toMatchExpression("  ---  ")).toBeNull();
  });
});

describe("searchIds", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let artistId = "";
  beforeEach(async () => {
    t = await tempDatabase();
    const u = (await t.db.insert(users).values({ email: "a@x.test" }).returning())[0];
    artistId = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "artist", handle: "beyonce_k", name: "Beyoncé Knowles", city: "Houston", followerCount: 10 }).returning())[0].id;
    await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "bey_fan", name: "Bey Fan" });
    const audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "x" }).returning())[0];
    await t.db.insert(tracks).values({ profileId: artistId, title: "Halo Café", audioId: audio.id, durationMs: 1000, status: "published", publishedAt: new Date(Date.now() - 1000) });
    await t.db.insert(tracks).values({ profileId: artistId, title: "Halo Draft", audioId: audio.id, durationMs: 1000, status: "draft" });
    await t.db.insert(releases).values({ profileId: artistId, title: "Glasshouse", kind: "ep", status: "published", releaseAt: new Date(Date.now() - 1000) });
    await t.db.insert(releases).values({ profileId: artistId, title: "Glass Future", kind: "album", status: "published", releaseAt: new Date(Date.now() + 86_400_000) });
    await t.db.insert(concerts).values({ profileId: artistId, venueName: "Paradiso", city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", startsAt: new Date(Date.now() + 86400000) });
  });
  afterEach(() => t.close());

  it("finds by prefix and folds diacritics", async () => {
    expect((await searchIds(t.db, "beyon")).profileIds).toEqual([artistId]);
    expect((await searchIds(t.db, "Beyonce")).profileIds).toEqual([artistId]);
    expect((await searchIds(t.db, "bey")).profileIds).toHaveLength(2);
    expect((await searchIds(t.db, "cafe")).trackIds).toHaveLength(1);
  });

  it("hides drafts and finds concerts by city and artist", async () => {
    expect((await searchIds(t.db, "halo")).trackIds).toHaveLength(1);
    expect((await searchIds(t.db, "amsterdam")).concertIds).toHaveLength(1);
    // Albums and EPs by title or artist, accents folded; not before their release date.
    expect((await searchIds(t.db, "glasshouse")).releaseIds).toHaveLength(1);
    expect((await searchIds(t.db, "glass")).releaseIds).toHaveLength(1);
    expect((await searchIds(t.db, "beyonce glass")).releaseIds).toHaveLength(1);
    expect((await searchIds(t.db, "knowles")).concertIds).toHaveLength(1);
  });

  it("keeps the index in step with renames and deletes", async () => {
    await t.db.update(profiles).set({ name: "Solange" }).where(eq(profiles.id, artistId));
    expect((await searchIds(t.db, "knowles")).profileIds).toEqual([]);
    expect((await searchIds(t.db, "solange")).trackIds).toHaveLength(1);
    await t.db.delete(tracks);
    expect((await searchIds(t.db, "halo")).trackIds).toEqual([]);
  });
});

describe("ranking", () => {
  it("puts a creator above a listener with the same name", async () => {
    const t = await tempDatabase();
    const u = (await t.db.insert(users).values({ email: "k@x.test" }).returning())[0];
    const listener = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "kito_fan", name: "Kito Mensah" }).returning())[0];
    const artist = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "artist", handle: "kito", name: "Kito Mensah" }).returning())[0];
    expect((await searchIds(t.db, "kito")).profileIds).toEqual([artist.id, listener.id]);
    t.close();
  });
});

describe("concert city filter", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => (t = await tempDatabase()));
  afterEach(() => t.close());

  it("filters concerts by city with accents folded, each word a prefix", async () => {
    const u = (await t.db.insert(users).values({ email: "c@x.test" }).returning())[0];
    const band = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "artist", handle: "banda", name: "Banda" }).returning())[0].id;
    await t.db.insert(concerts).values({ profileId: band, venueName: "Audio", city: "São Paulo", country: "BR", timeZone: "America/Sao_Paulo", startsAt: new Date(Date.now() + 86400000) });
    const count = async (typed: string) => (await t.db.select({ n: countAll() }).from(concerts).where(cityFilter(t.db, typed)!))[0].n;
    expect(await count("sao paulo")).toBe(1);
    expect(await count("São")).toBe(1);
    expect(await count("paulo")).toBe(1);
    expect(await count("rio")).toBe(0);
    // The venue name is not the city.
    expect(await count("audio")).toBe(0);
    expect(cityMatchExpression('x" OR venue : "*')).toBe('city : ("x"* "OR"* "venue"*)');
  });
});
