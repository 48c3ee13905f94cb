import { MIN_PEOPLE } from "./privacy";

export type Suggestion = { id: string; text: string; href: string; action: string };

type Input = {
  base: string;
  rangeLabel: string;
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
 * What a creator could do next, read from their numbers. Every suggestion rests on
 * a count of at least MIN_PEOPLE people (or plays), so none points at a person.
 */
export function suggestionsFor(input: Input): Suggestion[] {
  const out: Suggestion[] = [];
  const planned = new Set([...input.plannedCities].map(sameCity));
  const unserved = input.cities.find((c) => c.value >= MIN_PEOPLE && !planned.has(sameCity(`${c.city}|${c.country}`)));
  if (unserved) out.push({ id: "tour", text: `${unserved.value.toLocaleString("en")} followers in ${unserved.city} and no show there yet.`, href: `${input.base}/concerts`, action: "Announce a show" });
  const site = input.websites[0];
  if (site && site.value >= MIN_PEOPLE) out.push({ id: "website", text: `Your Follow button on ${site.label.replace(/^https?:\/\//, "")} brought ${site.value.toLocaleString("en")} follows in the last ${input.rangeLabel}.`, href: `${input.base}/embeds`, action: "Embed codes" });
  else out.push({ id: "embed", text: "No follows from your website yet: a Follow button there turns visitors into followers.", href: `${input.base}/embeds`, action: "Get the Follow button" });
  const top = input.topTracks[0];
  if (input.makesMusic && top && top.value >= 10) out.push({ id: "video", text: `${top.label} is your most played track in the last ${input.rangeLabel}: consider it for your next video.`, href: `${input.base}/videos`, action: "Post a video" });
  if (input.makesMusic && (input.daysSinceRelease === null || input.daysSinceRelease > 90))
    out.push({ id: "release", text: input.daysSinceRelease === null ? "You have not released anything yet: followers hear about a release the day it comes out." : `Your last release came out ${input.daysSinceRelease} days ago.`, href: `${input.base}/music`, action: "Upload a release" });
  return out;
}

/** Whole days from `at` to now. */
export const daysSince = (at: Date, now = new Date()): number => Math.floor((now.getTime() - at.getTime()) / 86_400_000);
