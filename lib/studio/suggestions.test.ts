import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { de, en } from "@/lib/i18n/messages";
import { suggestionsFor } from "./suggestions";

const base = { base: "/studio/pages/p1", range: "28d" as const, cities: [], plannedCities: new Set<string>(), websites: [], topTracks: [], daysSinceRelease: 10, makesMusic: true };
const t = createTranslator({ locale: "en", messages: en, namespace: "studio" });
const suggest = (input: Partial<Parameters<typeof suggestionsFor>[0]>) => suggestionsFor({ ...base, ...input }, t);

describe("Studio suggestions", () => {
  it("names the biggest city of followers that has no show planned, and only with 5 or more", () => {
    const cities = [
      { city: "Lyon", country: "FR", value: 412 },
      { city: "Berlin", country: "DE", value: 300 },
    ];
    expect(suggest({ cities }).find((s) => s.id === "tour")?.text).toBe("412 followers in Lyon and no show there yet.");
    expect(suggest({ cities, plannedCities: new Set(["lyon|FR"]) }).find((s) => s.id === "tour")?.text).toBe("300 followers in Berlin and no show there yet.");
    expect(suggest({ cities: [{ city: "Lyon", country: "FR", value: 4 }] }).find((s) => s.id === "tour")).toBeUndefined();
  });

  it("credits the website whose Follow button brought the most follows, else offers the button", () => {
    expect(suggest({ websites: [{ label: "https://example.org", value: 38 }] }).find((s) => s.id === "website")?.text).toBe("Your Follow button on example.org brought 38 follows in the last 28 days.");
    expect(suggest({ websites: [{ label: "https://example.org", value: 3 }] }).map((s) => s.id)).toContain("embed");
  });

  it("suggests the most played track for a video, and a release after three quiet months", () => {
    const ids = suggest({ topTracks: [{ label: "Neon Echoes", value: 120 }], daysSinceRelease: 120 });
    expect(ids.find((s) => s.id === "video")?.text).toContain("Neon Echoes is your most played track");
    expect(ids.find((s) => s.id === "release")?.text).toBe("Your last release came out 120 days ago.");
    expect(ids.find((s) => s.id === "release")?.action).toBe("Upload a release");
    expect(suggest({ makesMusic: false, topTracks: [{ label: "X", value: 99 }], daysSinceRelease: null }).map((s) => s.id)).toEqual(["embed"]);
  });

  it("speaks the screen's language", () => {
    const inGerman = suggestionsFor({ ...base, cities: [{ city: "Lyon", country: "FR", value: 1200 }] }, createTranslator({ locale: "de", messages: de, namespace: "studio" }));
    expect(inGerman.find((s) => s.id === "tour")?.text).toBe(createTranslator({ locale: "de", messages: de, namespace: "studio" })("overview.suggestion.tour", { count: 1200, city: "Lyon" }));
    expect(inGerman.find((s) => s.id === "tour")?.text).toContain("1.200");
    expect(inGerman.find((s) => s.id === "tour")?.text).not.toContain("followers");
  });
});
