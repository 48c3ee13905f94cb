import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { concertInterests, concerts, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { interestByCity } from "./interest";

describe("where a show's interested people live", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let concertId: string;

  beforeEach(async () => {
    t = await tempDatabase();
    const owner = (await t.db.insert(users).values({ email: "band@x.test", name: "Band" }).returning())[0];
    const band = (await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "band", name: "Band" }).returning())[0];
    concertId = (await t.db.insert(concerts).values({ profileId: band.id, venueName: "Le Sucre", city: "Lyon", country: "FR", timeZone: "Europe/Paris", startsAt: new Date("2031-05-02T19:00:00Z") }).returning())[0].id;
    const fans: [string, string | null, string | null][] = [
      ...Array.from({ length: 6 }, (_, i) => [`lyon${i}`, "Lyon", "FR"] as [string, string, string]),
      ["paris0", "Paris", "FR"],
      ["paris1", "Paris", "FR"],
      ["nowhere", null, null],
    ];
    for (const [handle, city, country] of fans) {
      const u = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      const p = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle, name: handle, city, country }).returning())[0];
      await t.db.insert(concertInterests).values({ concertId, profileId: p.id });
    }
  });
  afterEach(() => t.close());

  it("counts people per city and country, most first, and names no one", async () => {
    const rows = await interestByCity(t.db, concertId);
    expect(rows).toEqual([
      { city: "Lyon", country: "FR", people: 6 },
      { city: "Paris", country: "FR", people: 2 },
      { city: null, country: null, people: 1 },
    ]);
    expect(await interestByCity(t.db, "nothere0000000")).toEqual([]);
  });
});
