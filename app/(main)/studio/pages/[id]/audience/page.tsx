import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarList, LineChart } from "@/components/studio/charts";
import { Section } from "@/components/ui/section";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { getDashboard } from "@/lib/studio/analytics";
import { isWithheld, MIN_PEOPLE, peopleForChart } from "@/lib/studio/privacy";
import { RangePicker } from "../range-picker";
import { loadStudioPage, sectionRange, studioFormat, type StudioSectionProps } from "../studio-page";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.audience") };
}

export default async function StudioAudience({ params, searchParams }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "audience");
  const range = await sectionRange(searchParams);
  const { t, number, people, country, names } = await studioFormat();
  // Sources and countries of the ranked rows are named in the page's language.
  const [stats, concerts] = await Promise.all([getDashboard(page.id, range, { names }), listStudioConcerts(page.id)]);
  const base = `/studio/pages/${page.id}`;
  const csv = (table: string) => `/api/studio/pages/${page.id}/stats?table=${table}&range=${range}`;
  const shows = new Map<string, number>();
  for (const c of concerts) if (!c.past && c.status !== "cancelled") shows.set(`${c.city.trim().toLowerCase()}|${c.country}`, (shows.get(`${c.city.trim().toLowerCase()}|${c.country}`) ?? 0) + 1);
  // New and returning add up to the day's listeners (shown on the Overview): either one withheld withholds the other.
  const split = stats.listenersSeries.map((p, i) => {
    const fresh = stats.newListenersSeries[i]?.value ?? 0;
    const hidden = isWithheld(fresh) || isWithheld(p.value - fresh);
    return { key: p.key, label: p.label, fresh: hidden ? null : fresh, returning: hidden ? null : p.value - fresh };
  });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-bold tracking-tight">{t("lastPeriod", { range })}</h2>
        <RangePicker base={`${base}/audience`} range={range} asked={(await searchParams).range} />
      </div>
      <Section title={t("audience.followers")}>
        <div className="grid gap-4 lg:grid-cols-2">
          <LineChart id="audience-followers" title={t("audience.followers")} summary={t("audience.followersSummary", { count: stats.followerCount, unfollowed: people(stats.unfollows), range })} points={stats.followersSeries} />
          <LineChart id="new-follows" title={t("audience.newFollows")} summary={t("audience.inPeriod", { people: people(stats.followsGained), range })} points={stats.followsSeries.map((p) => ({ ...p, value: peopleForChart(p.value) }))} note={t("audience.followsNote", { count: MIN_PEOPLE })} />
          <BarList id="follow-sources" title={t("audience.followSources")} rows={stats.followSources} people unit={t("audience.follows")} empty={t("audience.noFollows")} csvHref={csv("follow-sources")} />
          <BarList id="websites" title={t("audience.websites")} rows={stats.websites} people unit={t("audience.follows")} empty={t("audience.noWebsites")} csvHref={csv("websites")} />
        </div>
      </Section>
      <Section title={t("audience.where")}>
        <div className="grid gap-4 lg:grid-cols-2">
          <BarList id="countries" title={t("audience.countries")} rows={stats.countries} people unit={t("audience.followers")} empty={t("audience.notEnough")} csvHref={csv("countries")} />
          <section className="rounded-3xl border border-line bg-surface p-4" aria-labelledby="cities-title" data-testid="bars-cities">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h3 id="cities-title" className="font-semibold">
                {t("audience.cities")}
              </h3>
              {stats.cities.length ? (
                <a href={csv("cities")} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
                  {t("charts.csv")}
                </a>
              ) : null}
            </div>
            {stats.cities.length === 0 ? (
              <p className="text-sm text-muted">{t("audience.notEnough")}</p>
            ) : (
              <table className="w-full text-sm">
                <thead>
                  <tr className="text-left text-muted">
                    <th scope="col" className="py-1 font-medium">
                      {t("audience.city")}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t("audience.followers")}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t("audience.showsPlanned")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {stats.cities.slice(0, 10).map((c) => {
                    const planned = shows.get(`${c.city.trim().toLowerCase()}|${c.country}`) ?? 0;
                    return (
                      <tr key={c.key}>
                        <td className="py-1.5">{t("audience.cityIn", { city: c.city, country: country(c.country) })}</td>
                        <td className="py-1.5 text-right tabular-nums" data-people>
                          {people(c.value)}
                        </td>
                        <td className="py-1.5 text-right">
                          {planned ? (
                            number(planned)
                          ) : (
                            <Link href={`${base}/concerts`} className="text-accent-600 hover:underline dark:text-accent-300">
                              {t("audience.noneYet")}
                            </Link>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </div>
      </Section>
      <Section title={t("audience.listeners")}>
        <div className="grid gap-4 lg:grid-cols-2">
          <LineChart id="new-listeners" title={t("audience.newListeners")} summary={t("audience.inPeriod", { people: people(stats.newListeners), range })} points={split.map((p) => ({ key: p.key, label: p.label, value: p.fresh }))} note={t("audience.newListenersNote", { count: MIN_PEOPLE })} />
          <LineChart id="returning-listeners" title={t("audience.returningListeners")} summary={t("audience.returningSummary")} points={split.map((p) => ({ key: p.key, label: p.label, value: p.returning }))} note={t("audience.listenersNote", { count: MIN_PEOPLE })} />
          <BarList id="play-countries" title={t("audience.playCountries")} rows={stats.playCountries} people unit={t("overview.plays")} empty={t("noPlays")} csvHref={csv("play-countries")} />
        </div>
      </Section>
      <p className="text-xs text-muted">{t("audience.privacy", { count: MIN_PEOPLE })}</p>
    </>
  );
}
