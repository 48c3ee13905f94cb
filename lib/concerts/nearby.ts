import { countryName } from "@/lib/markets/countries";

/**
 * "Near you" for concerts (pure). Chorus knows a city name and a country for a
 * show and for a person, no coordinates, so distance is told in groups the data
 * supports: the same city, the same country, the same part of the world, further.
 */
export type Near = { city: string | null; country: string | null };

export const DISTANCE_GROUPS = ["city", "country", "region", "further"] as const;
export type DistanceGroup = (typeof DISTANCE_GROUPS)[number];

/** Parts of the world a fan can reasonably travel across for a show (ISO 3166-1 alpha-2). */
const REGIONS: Record<string, readonly string[]> = {
  Europe: [
    ...["AT", "BE", "BG", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE"],
    ...["IS", "IT", "LT", "LU", "LV", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "UA"],
  ],
  "North America": ["CA", "CU", "MX", "US"],
  "South America": ["AR", "BR", "CL", "CO", "PE", "UY"],
  "East Asia": ["CN", "JP", "KP", "KR", "TW"],
  "South and Southeast Asia": ["ID", "IN", "MY", "PH", "SG", "TH", "VN"],
  Oceania: ["AU", "NZ"],
  "the Middle East and North Africa": ["EG", "IL", "IR", "MA", "SA", "SY", "TR"],
  Africa: ["GH", "KE", "NG", "ZA"],
};

const REGION_OF = new Map(Object.entries(REGIONS).flatMap(([region, codes]) => codes.map((code) => [code, region] as const)));

export function regionOf(country: string | null | undefined): string | null {
  return country ? (REGION_OF.get(country.toUpperCase()) ?? null) : null;
}

/** The other countries in `country`'s part of the world. */
export function regionNeighbours(country: string | null | undefined): string[] {
  const region = regionOf(country);
  return region ? REGIONS[region].filter((c) => c !== country!.toUpperCase()) : [];
}

/** A city name for comparison: accents, case, punctuation and spacing folded ("São  Paulo" = "sao paulo"). */
export function foldCity(city: string | null | undefined): string {
  return (city ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function sameCity(a: string | null | undefined, b: string | null | undefined): boolean {
  const fa = foldCity(a);
  return fa !== "" && fa === foldCity(b);
}

/** Whether the viewer's location says anything at all (else the list is in plain date order). */
export const knowsWhere = (near: Near) => !!(near.city || near.country);

/** How far a show is from the viewer, as a group. A city only counts in the viewer's country (Paris, Texas is not Paris). */
export function distanceGroup(show: { city: string; country: string }, near: Near): DistanceGroup {
  const sameCountry = !!near.country && show.country === near.country;
  if (near.city && (sameCountry || !near.country) && sameCity(show.city, near.city)) return "city";
  if (sameCountry) return "country";
  if (regionNeighbours(near.country).includes(show.country)) return "region";
  return "further";
}

export function groupLabel(group: DistanceGroup, near: Near): string {
  if (group === "city") return `In ${near.city}`;
  if (group === "country") return `In ${countryName(near.country)}`;
  if (group === "region") return `Elsewhere in ${regionOf(near.country)}`;
  return "Further away";
}

/** One line for the page that says how the list is ordered. */
export function orderExplanation(near: Near): string {
  if (!knowsWhere(near)) return "Sorted by date, soonest first.";
  const region = regionOf(near.country);
  const steps = [near.city ? `in ${near.city}` : null, near.country ? `in ${countryName(near.country)}` : null, region ? `elsewhere in ${region}` : null, "further away"];
  return `Sorted by distance group (${steps.filter(Boolean).join(", then ")}), then by date, soonest first.`;
}

/** Consecutive runs of shows in the same distance group, labelled; the list is expected in group order already. */
export type DistanceRun<T> = { group: DistanceGroup; label: string; shows: T[] };

export function groupByDistance<T extends { city: string; country: string }>(shows: readonly T[], near: Near): DistanceRun<T>[] {
  const out: DistanceRun<T>[] = [];
  for (const show of shows) {
    const group = distanceGroup(show, near);
    const last = out.at(-1);
    if (last?.group === group) last.shows.push(show);
    else out.push({ group, label: groupLabel(group, near), shows: [show] });
  }
  return out;
}
