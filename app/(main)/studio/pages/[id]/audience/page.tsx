import type { Metadata } from "next";
import Link from "next/link";
import { BarList, LineChart } from "@/components/studio/charts";
import { Section } from "@/components/ui/section";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { getDashboard } from "@/lib/studio/analytics";
import { isWithheld, peopleForChart, peopleLabel } from "@/lib/studio/privacy";
import { RANGES } from "@/lib/studio/ranges";
import { RangePicker } from "../range-picker";
import { loadStudioPage, sectionRange, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Audience · Studio" };

export default async function StudioAudience({ params, searchParams }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "audience");
  const range = await sectionRange(searchParams);
  const [stats, concerts] = await Promise.all([getDashboard(page.id, range), listStudioConcerts(page.id)]);
  const base = `/studio/pages/${page.id}`;
  const csv = (table: string) => `/api/studio/pages/${page.id}/stats?table=${table}&range=${range}`;
  const period = RANGES[range].label;
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
        <h2 className="text-lg font-bold tracking-tight">Last {period}</h2>
        <RangePicker base={`${base}/audience`} range={range} />
      </div>
      <Section title="Followers">
        <div className="grid gap-4 lg:grid-cols-2">
          <LineChart id="audience-followers" title="Followers" summary={`${stats.followerCount.toLocaleString("en")} now, ${peopleLabel(stats.unfollows)} unfollowed in ${period}`} points={stats.followersSeries} />
          <LineChart id="new-follows" title="New follows per day" summary={`${peopleLabel(stats.followsGained)} in ${period}`} points={stats.followsSeries.map((p) => ({ ...p, value: peopleForChart(p.value) }))} note="Days with fewer than 5 follows are not drawn." />
          <BarList id="follow-sources" title="Where follows come from" rows={stats.followSources} people unit="Follows" empty="No new follows in this period." csvHref={csv("follow-sources")} />
          <BarList id="websites" title="Websites whose Follow button was used" rows={stats.websites} people unit="Follows" empty="No follows from other websites in this period." csvHref={csv("websites")} />
        </div>
      </Section>
      <Section title="Where your followers are">
        <div className="grid gap-4 lg:grid-cols-2">
          <BarList id="countries" title="Countries" rows={stats.countries} people unit="Followers" empty="Not enough followers to show yet." csvHref={csv("countries")} />
          <section className="rounded-3xl border border-line bg-surface p-4" aria-labelledby="cities-title" data-testid="bars-cities">
            <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
              <h3 id="cities-title" className="font-semibold">
                Cities, and your shows there
              </h3>
              {stats.cities.length ? (
                <a href={csv("cities")} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
                  Download CSV
                </a>
              ) : null}
            </div>
            {stats.cities.length === 0 ? (
              <p className="text-sm text-muted">Not enough followers to show yet.</p>
            ) : (
              <table className="w-full text-sm">
                <thead>
                  <tr className="text-left text-muted">
                    <th scope="col" className="py-1 font-medium">
                      City
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Followers
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Shows planned
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {stats.cities.slice(0, 10).map((c) => {
                    const planned = shows.get(`${c.city.trim().toLowerCase()}|${c.country}`) ?? 0;
                    return (
                      <tr key={c.key}>
                        <td className="py-1.5">{c.label}</td>
                        <td className="py-1.5 text-right tabular-nums" data-people>
                          {peopleLabel(c.value)}
                        </td>
                        <td className="py-1.5 text-right">
                          {planned ? (
                            planned
                          ) : (
                            <Link href={`${base}/concerts`} className="text-accent-600 hover:underline dark:text-accent-300">
                              none yet
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
      <Section title="Listeners">
        <div className="grid gap-4 lg:grid-cols-2">
          <LineChart id="new-listeners" title="New listeners per day" summary={`${peopleLabel(stats.newListeners)} in ${period}`} points={split.map((p) => ({ key: p.key, label: p.label, value: p.fresh }))} note="First play of your music by a signed-in listener. Days with fewer than 5 new or returning listeners are not drawn." />
          <LineChart id="returning-listeners" title="Returning listeners per day" summary="listeners who had played you before" points={split.map((p) => ({ key: p.key, label: p.label, value: p.returning }))} note="Days with fewer than 5 new or returning listeners are not drawn." />
          <BarList id="play-countries" title="Plays by listeners' country" rows={stats.playCountries} people unit="Plays" empty="No plays in this period yet." csvHref={csv("play-countries")} />
        </div>
      </Section>
      <p className="text-xs text-muted">Counts only: Studio never shows who followed or listened. Any group of fewer than 5 people reads “fewer than 5”.</p>
    </>
  );
}
