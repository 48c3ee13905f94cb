import { MIN_PEOPLE } from "./privacy";
import type { RangeKey } from "./ranges";

export type Suggestion = { id: string; text: string; href: string; action: string };

/** The studio messages a suggestion is said with (overview.suggestion.*). */
type SuggestionKey = `overview.suggestion.${"tour" | "tourAction" | "website" | "websiteAction" | "embed" | "embedAction" | "video" | "videoAction" | "firstRelease" | "release" | "releaseAction"}`;
/** The screen's translator of the "studio" namespace, so suggestions are in its language. */
export type SuggestionWords = (key: SuggestionKey, values?: Record<string, string | number>) => string;

type Input = {
  base: string;
  range: RangeKey;
  /** Where followers are, most first. */
  cities: { city: string; country: string; value: number }[];
  /** "City|CC" of the shows already planned. */
  plannedCities: Set<string>;
  websites: { label: string; value: number }[];
  topTracks: { label: string; value: number }[];
  /** Days since the last release came out, null when there is none. */
  daysSinceRelease: number | null;
  makesMusic: boolean;
};

const sameCity = (a: string) => a.trim().toLowerCase();

/**
 * What a creator could do next, read from their numbers, said with `t`. Every
 * suggestion rests on a count of at least MIN_PEOPLE people (or plays), so none
 * points at a person.
 */
export function suggestionsFor(input: Input, t: SuggestionWords): Suggestion[] {
  const out: Suggestion[] = [];
  const planned = new Set([...input.plannedCities].map(sameCity));
  const unserved = input.cities.find((c) => c.value >= MIN_PEOPLE && !planned.has(sameCity(`${c.city}|${c.country}`)));
  if (unserved) out.push({ id: "tour", text: t("overview.suggestion.tour", { count: unserved.value, city: unserved.city }), href: `${input.base}/concerts`, action: t("overview.suggestion.tourAction") });
  const site = input.websites[0];
  if (site && site.value >= MIN_PEOPLE) out.push({ id: "website", text: t("overview.suggestion.website", { site: site.label.replace(/^https?:\/\//, ""), count: site.value, range: input.range }), href: `${input.base}/embeds`, action: t("overview.suggestion.websiteAction") });
  else out.push({ id: "embed", text: t("overview.suggestion.embed"), href: `${input.base}/embeds`, action: t("overview.suggestion.embedAction") });
  const top = input.topTracks[0];
  if (input.makesMusic && top && top.value >= 10) out.push({ id: "video", text: t("overview.suggestion.video", { title: top.label, range: input.range }), href: `${input.base}/videos`, action: t("overview.suggestion.videoAction") });
  if (input.makesMusic && (input.daysSinceRelease === null || input.daysSinceRelease > 90))
    out.push({ id: "release", text: input.daysSinceRelease === null ? t("overview.suggestion.firstRelease") : t("overview.suggestion.release", { count: input.daysSinceRelease }), href: `${input.base}/music`, action: t("overview.suggestion.releaseAction") });
  return out;
}

/** Whole days from `at` to now. */
export const daysSince = (at: Date, now = new Date()): number => Math.floor((now.getTime() - at.getTime()) / 86_400_000);
