import { localizeIssues } from "@/lib/i18n/server";
import { describe, expect, it } from "vitest";
import { concertEditSchema, concertFilterSchema, concertSchema } from "./validation";

const base = {
  profileId: "abcdefghijkl12",
  venueName: "Paradiso",
  address: "",
  city: "Amsterdam",
  country: "nl",
  timeZone: "Europe/Amsterdam",
  startsLocal: "2031-05-01T20:00",
  ticketUrl: "",
  priceMin: "25",
  priceMax: "",
  currency: "EUR",
  lineup: "@guest, Local Heroes , ",
};

describe("concert validation", () => {
  it("normalises a good show", () => {
    const r = concertSchema.parse(base);
    expect(r).toMatchObject({ country: "NL", priceMinMinor: 2500, priceMaxMinor: 2500, ticketUrl: null, lineup: ["@guest", "Local Heroes"] });
    expect(r.startsAt.toISOString()).toBe("2031-05-01T18:00:00.000Z");
  });
  it("reports every bad field at once", () => {
    const r = concertSchema.safeParse({ ...base, venueName: " ", ticketUrl: "javascript:alert(1)", startsLocal: "2020-01-01T20:00", priceMin: "ten", timeZone: "Mars/Base" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["venueName", "ticketUrl", "priceMin", "timeZone"]));
  });
  it("refuses past dates for new shows but lets an edit keep one", async () => {
    expect((await localizeIssues(concertSchema.safeParse({ ...base, startsLocal: "2020-01-01T20:00" }).error!)).issues[0].message).toMatch(/in the past/);
    expect(concertEditSchema.safeParse({ ...base, concertId: "abcdefghijkl34", startsLocal: "2020-01-01T20:00" }).success).toBe(true);
  });
  it("checks filter dates", async () => {
    // What /concerts shows: the schema's keys in the page's language (English here).
    const said = async (input: unknown) => (await localizeIssues(concertFilterSchema.safeParse(input).error!)).issues[0].message;
    expect(concertFilterSchema.parse({})).toEqual({ city: "", from: "", to: "", genre: "", following: "" });
    expect(await said({ from: "2027-02-31" })).toBe("That is not a real date.");
    expect(await said({ from: "2027-05-02", to: "2027-05-01" })).toBe("The end date is before the start date.");
    expect(await said({ from: "next week" })).toBe("Dates look like 2027-05-31.");
    expect(await said({ city: "x".repeat(81) })).toBe("City must be at most 80 characters.");
  });
});
