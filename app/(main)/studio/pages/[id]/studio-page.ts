import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/guards";
import { may, type PageAbility } from "@/lib/auth/policy";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { getManagedPage } from "@/lib/studio/queries";
import { countryName } from "@/lib/markets/countries";
import type { RankedNames } from "@/lib/studio/analytics";
import { peopleLabel } from "@/lib/studio/privacy";
import { change, parseRange, type Change, type RangeKey } from "@/lib/studio/ranges";

/** Studio's sections in tab order: the path under the page, its label (a key of studio.sections) and the ability its role needs (null: any role). */
export const SECTIONS = [
  { path: "", labelKey: "overview", ability: "read_stats" },
  { path: "audience", labelKey: "audience", ability: "read_stats" },
  { path: "music", labelKey: "music", ability: "publish_music" },
  { path: "videos", labelKey: "videos", ability: "post_videos" },
  { path: "concerts", labelKey: "concerts", ability: "announce_shows" },
  { path: "merch", labelKey: "merch", ability: "sell" },
  { path: "orders", labelKey: "orders", ability: "manage_orders" },
  { path: "announcements", labelKey: "announcements", ability: "announce" },
  { path: "roster", labelKey: "roster", ability: "manage_roster" },
  { path: "embeds", labelKey: "embeds", ability: null },
  { path: "team", labelKey: "team", ability: "manage_team" },
  { path: "log", labelKey: "log", ability: "read_audit" },
  { path: "settings", labelKey: "settings", ability: "edit" },
] as const satisfies readonly { path: string; labelKey: string; ability: PageAbility | null }[];

export type SectionPath = (typeof SECTIONS)[number]["path"];

/**
 * The page a Studio section is about, for a signed-in viewer whose role on it
 * opens that section. Someone without one, or a missing page, gets a 404 (the
 * same answer for both). Cached per request: the layout and the section share one lookup.
 */
export const loadStudioPage = cache(async (id: string, section: SectionPath | null = null) => {
  const viewer = await requireViewer(`/studio/pages/${id}${section ? `/${section}` : ""}`);
  const row = await getManagedPage(viewer.userId, id);
  if (!row) notFound();
  const ability = section === null ? null : SECTIONS.find((s) => s.path === section)?.ability;
  if (ability && !may(row.role, row.kind, ability)) notFound();
  const page = await getProfileByHandle(row.handle);
  if (!page) notFound();
  const sections = SECTIONS.filter((s) => !s.ability || may(row.role, row.kind, s.ability));
  return { viewer, page, ownerId: row.ownerId, role: row.role, can: (a: PageAbility) => may(row.role, row.kind, a), sections };
});

export type StudioSectionProps = { params: Promise<{ id: string }>; searchParams: Promise<{ range?: string }> };

export async function sectionRange(searchParams: StudioSectionProps["searchParams"]): Promise<RangeKey> {
  return parseRange((await searchParams).range);
}

/**
 * Studio's numbers in the request's language: a count, a count of people (1 to 4
 * reads "fewer than 5", lib/studio/privacy.ts), a change between two periods
 * (lib/studio/ranges.ts), a country's name, and `names` for the ranked rows of
 * lib/studio/analytics.ts (getDashboard's `names` option, getTrackStats' last argument).
 */
export async function studioFormat() {
  const [t, format, locale] = await Promise.all([getTranslations("studio"), getFormatter(), getLocale()]);
  const number = (n: number) => format.number(n);
  const people = (n: number) => peopleLabel(n, number, (min) => t("charts.fewerThan", { count: min }));
  // "+12%", "−3%", "+<1%" in English; French and German put a space before the percent sign.
  const say = (c: Change): string =>
    c.kind === "up" || c.kind === "down" ? (c.pct === 0 ? t(`lib.change.${c.kind}Small`) : t(`lib.change.${c.kind}`, { pct: c.pct })) : t(c.kind === "same" ? "change.none" : `change.${c.kind}`);
  const country = (code: string) => (code ? countryName(code, locale) : t("unknownCountry"));
  const sources = ["app", "embed", "discovery", "search", "seed"] as const;
  const names: RankedNames = {
    source: (key) => (sources.includes(key as (typeof sources)[number]) ? t(`audience.source.${key as (typeof sources)[number]}`) : key),
    country,
    removedTrack: t("lib.removedTrack"),
  };
  return { t, format, locale, number, people, change: (current: number, previous: number) => change(current, previous, say), country, names };
}
