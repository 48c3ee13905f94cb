import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ConcertRow } from "@/components/concerts/concert-row";
import { ConcertTabs } from "@/components/concerts/concert-tabs";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { groupByDistance, knowsWhere, regionOf, type DistanceGroup, type Near } from "@/lib/concerts/nearby";
import { concertFilterOptions, findConcerts } from "@/lib/concerts/queries";
import { concertFilterSchema } from "@/lib/concerts/validation";
import { localizeIssues } from "@/lib/i18n/server";
import { countryName } from "@/lib/markets/countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("concerts.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE = 30;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** lib/concerts/nearby.ts's parts of the world, by message key. */
const REGION_KEYS: Record<string, string> = {
  Europe: "europe",
  "North America": "northAmerica",
  "South America": "southAmerica",
  "East Asia": "eastAsia",
  "South and Southeast Asia": "southAsia",
  Oceania: "oceania",
  "the Middle East and North Africa": "middleEast",
  Africa: "africa",
};

/** The region of the viewer's country as the select messages take it ("none" without one). */
function regionArgs(near: Near): { region: string; name: string } {
  const name = regionOf(near.country);
  return { region: name ? (REGION_KEYS[name] ?? "other") : "none", name: name ?? "" };
}

export default async function ConcertsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("concerts.list"), getLocale()]);
  // lib/concerts/nearby.ts's groupLabel and orderExplanation, in the page's language.
  const groupLabel = (group: DistanceGroup, near: Near): string => {
    if (group === "city") return t("groups.city", { city: near.city ?? "" });
    if (group === "country") return t("groups.country", { country: countryName(near.country, locale) });
    if (group === "region") return t("groups.region", regionArgs(near));
    return t("groups.further");
  };
  const orderExplanation = (near: Near): string => {
    if (!knowsWhere(near)) return t("order.byDate");
    return t("order.byDistance", {
      hasCity: near.city ? "yes" : "no",
      city: near.city ?? "",
      hasCountry: near.country ? "yes" : "no",
      country: near.country ? countryName(near.country, locale) : "",
      ...regionArgs(near),
    });
  };
  const typed = { city: first(raw.city), from: first(raw.from), to: first(raw.to), genre: first(raw.genre), following: first(raw.following) };
  const viewer = await getViewer();
  const parsed = concertFilterSchema.safeParse(typed);
  // The schema's messages are keys of the "errors" namespace, said here in the page's language.
  const errors: Record<string, string> = parsed.success ? {} : Object.fromEntries((await localizeIssues(parsed.error)).issues.map((i) => [String(i.path[0]), i.message]));
  // A bad filter is dropped with a message; the good ones still apply and the form keeps what was typed.
  const filters = parsed.success ? parsed.data : concertFilterSchema.parse(Object.fromEntries(Object.entries(typed).filter(([key]) => !errors[key])));
  const limit = Math.min(300, Math.max(PAGE, Number.parseInt(first(raw.n), 10) || PAGE));
  const onlyFollowing = filters.following === "1" && !!viewer;
  const near = { city: viewer?.city ?? null, country: viewer?.country ?? null };
  const { concerts, more } = await findConcerts({ city: filters.city, from: filters.from, to: filters.to, genre: filters.genre, followerId: onlyFollowing ? viewer.profile.id : null, near, limit });
  // Near the viewer: one labelled list per distance group; otherwise one list in date order.
  const groups = knowsWhere(near) ? groupByDistance(concerts, near).map((g) => ({ ...g, label: groupLabel(g.group, near) })) : [{ group: "all", label: null, shows: concerts }];
  const options = await concertFilterOptions();
  const filtered = !!(filters.city || filters.from || filters.to || filters.genre || onlyFollowing);
  const where = viewer?.city ? `${viewer.city}, ${countryName(viewer.country, locale)}` : viewer?.country ? countryName(viewer.country, locale) : null;
  const moreHref = `/concerts?${new URLSearchParams({ ...Object.fromEntries(Object.entries(typed).filter(([, v]) => v)), n: String(limit + PAGE) })}`;
  const field = "mt-1 h-10 w-full min-w-0 rounded-xl border border-line bg-surface px-3 text-sm";

  return (
    <>
      <PageTitle title={t("title")} subtitle={where ? t("subtitleNear", { where }) : t("subtitle")} />
      <ConcertTabs current="/concerts" />
      <form method="get" action="/concerts" className="mb-6 grid grid-cols-2 gap-3 rounded-3xl border border-line bg-surface p-4 lg:grid-cols-[1.3fr_1fr_1fr_1fr]" aria-label={t("filters")}>
        <label className="col-span-2 text-sm font-medium lg:col-span-1">
          {t("city")}
          <input name="city" list="concert-cities" defaultValue={typed.city} placeholder={t("anyCity")} className={field} aria-invalid={!!errors.city} />
          <datalist id="concert-cities">
            {options.cities.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <label className="text-sm font-medium">
          {t("from")}
          <input name="from" type="date" defaultValue={typed.from} className={field} aria-invalid={!!errors.from} aria-describedby={errors.from ? "from-error" : undefined} />
        </label>
        <label className="text-sm font-medium">
          {t("to")}
          <input name="to" type="date" defaultValue={typed.to} className={field} aria-invalid={!!errors.to} aria-describedby={errors.to ? "to-error" : undefined} />
        </label>
        <label className="col-span-2 text-sm font-medium lg:col-span-1">
          {t("genre")}
          <select name="genre" defaultValue={typed.genre} className={field}>
            <option value="">{t("anyGenre")}</option>
            {options.genres.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <div className="col-span-2 flex flex-wrap items-center gap-x-4 gap-y-2 lg:col-span-4">
          {viewer ? (
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="following" value="1" defaultChecked={typed.following === "1"} className="h-4 w-4 accent-accent-600" />
              {t("onlyFollowing")}
            </label>
          ) : (
            <span className="text-sm text-muted">
              {t.rich("signInToFilter", {
                link: (chunks) => (
                  <Link href="/signin?callbackUrl=/concerts" className="font-medium underline">
                    {chunks}
                  </Link>
                ),
              })}
            </span>
          )}
          {filtered || Object.keys(errors).length ? (
            <Link href="/concerts" className="text-sm font-medium text-accent-500 hover:underline">
              {t("clearFilters")}
            </Link>
          ) : null}
          <button type="submit" className={buttonClass("primary", "ml-auto")}>
            {t("submit")}
          </button>
        </div>
        {Object.keys(errors).length ? (
          <div role="alert" className="rounded-xl border border-red-500/40 bg-red-500/10 px-3 py-2 text-sm text-red-700 col-span-2 lg:col-span-4 dark:text-red-300">
            {Object.entries(errors).map(([key, message]) => (
              <p key={key} id={`${key}-error`}>
                {t("filterError", { message })}
              </p>
            ))}
          </div>
        ) : null}
      </form>
      {concerts.length === 0 ? (
        <EmptyState title={filtered ? t("noMatchTitle") : t("emptyTitle")}>{filtered ? t("noMatchText") : null}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-muted" data-testid="concert-order">
            {orderExplanation(near)}
          </p>
          <div className="space-y-6" data-testid="concert-results">
            {groups.map((g, i) => (
              <section key={`${g.group}-${i}`} aria-label={g.label ?? t("upcoming")} data-testid="concert-group">
                {g.label ? <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{g.label}</h2> : null}
                <ul className="space-y-3">
                  {g.shows.map((c) => (
                    <li key={c.id}>
                      <ConcertRow concert={c} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {more ? (
            <p className="mt-6 text-center">
              <Link href={moreHref} scroll={false} className={buttonClass("secondary")}>
                {t("more")}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
