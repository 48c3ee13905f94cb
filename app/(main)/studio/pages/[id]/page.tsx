import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BarList, LineChart, Stat } from "@/components/studio/charts";
import { FormMessage } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { formatMoney } from "@/lib/money";
import { counted } from "@/lib/plural";
import { getDashboard, getMerchSummary } from "@/lib/studio/analytics";
import { peopleForChart, peopleLabel } from "@/lib/studio/privacy";
import { getAnnouncementPanel, listPageReleases } from "@/lib/studio/queries";
import { RANGES, change } from "@/lib/studio/ranges";
import { daysSince, suggestionsFor } from "@/lib/studio/suggestions";
import { RangePicker } from "./range-picker";
import { loadStudioPage, sectionRange } from "./studio-page";

export const metadata: Metadata = { title: "Overview · Studio" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ range?: string; created?: string }> };

export default async function StudioOverview({ params, searchParams }: Props) {
  const { id } = await params;
  const { page, can, sections } = await loadStudioPage(id);
  // A role without the numbers (an editor, a merch manager) starts on its first section.
  if (!can("read_stats")) redirect(`/studio/pages/${page.id}/${sections[0]?.path ?? "embeds"}`);
  const range = await sectionRange(searchParams);
  const justCreated = (await searchParams).created === "1";
  const base = `/studio/pages/${page.id}`;
  const makesMusic = page.kind === "artist" || page.kind === "label";
  const [stats, concerts, merch, announcements, releaseList] = await Promise.all([getDashboard(page.id, range), listStudioConcerts(page.id), getMerchSummary(page.id, range), getAnnouncementPanel(page.id), listPageReleases(page.id)]);
  const upcoming = concerts.filter((c) => !c.past && c.status !== "cancelled");
  const latest = announcements.history[0];
  const lastRelease = releaseList.find((r) => !r.scheduled);
  const period = RANGES[range].label;
  const suggestions = suggestionsFor({
    base,
    rangeLabel: period,
    cities: stats.cities,
    plannedCities: new Set(upcoming.map((c) => `${c.city}|${c.country}`)),
    websites: stats.websites,
    topTracks: stats.topTracks,
    daysSinceRelease: lastRelease ? daysSince(lastRelease.releaseAt) : null,
    makesMusic,
  });
  const net = stats.followsGained - stats.unfollows;
  const listenerDays = stats.listenersSeries.reduce((a, p) => a + p.value, 0);
  return (
    <>
      {justCreated ? (
        <div className="mb-6">
          <FormMessage tone="success" message="Your page is live. Add a picture, a bio and links so fans know it is you." />
          <p className="mt-2 text-sm">
            <Link href={`${base}/settings`} className="font-semibold text-accent-600 hover:underline dark:text-accent-300">
              Open page settings →
            </Link>
          </p>
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-bold tracking-tight">Last {period}</h2>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`/api/studio/pages/${page.id}/stats?table=daily&range=${range}`} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
            Daily numbers (CSV)
          </a>
          <RangePicker base={base} range={range} />
        </div>
      </div>
      <div className="mb-8 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat testId="stat-followers" label="Followers" value={stats.followerCount.toLocaleString("en")} detail={`${net >= 0 ? "+" : "−"}${Math.abs(net).toLocaleString("en")} in ${period}`} />
        <Stat testId="stat-plays" label="Plays" value={stats.plays.toLocaleString("en")} detail={`${change(stats.plays, stats.previousPlays)} on the ${period} before`} />
        <Stat testId="stat-listeners" label="New listeners" value={peopleLabel(stats.newListeners)} detail={`${peopleLabel(listenerDays)} listener-days`} />
        <Stat testId="stat-merch" label="Merch orders" value={merch.orders.toLocaleString("en")} detail={merch.revenue.length ? merch.revenue.map((r) => formatMoney(r.minor, r.currency)).join(" · ") : `${counted(merch.units, "item")} sold`} />
      </div>
      {suggestions.length ? (
        <Section title="Suggestions">
          <ul className="grid gap-3 md:grid-cols-2" data-testid="suggestions">
            {suggestions.map((s) => (
              <li key={s.id} className="flex flex-col justify-between gap-2 rounded-3xl border border-accent-500/30 bg-accent-500/5 p-4">
                <p>{s.text}</p>
                <Link href={s.href} className="text-sm font-semibold text-accent-600 hover:underline dark:text-accent-300">
                  {s.action} →
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <div className="mb-10 grid gap-4 lg:grid-cols-2">
        <LineChart id="followers" title="Followers" summary={`${stats.followerCount.toLocaleString("en")} now`} points={stats.followersSeries} />
        <LineChart id="plays" title="Plays" summary={`${stats.plays.toLocaleString("en")} in ${period}`} points={stats.playsSeries} />
        <LineChart
          id="listeners"
          title="Listeners per day"
          summary={`${peopleLabel(stats.newListeners)} new in ${period}`}
          points={stats.listenersSeries.map((p) => ({ ...p, value: peopleForChart(p.value) }))}
          note="Days with fewer than 5 listeners are not drawn."
        />
        {makesMusic ? <BarList id="top-tracks" title="Top tracks" rows={stats.topTracks} unit="Plays" empty="No plays in this period yet." csvHref={`/api/studio/pages/${page.id}/stats?table=tracks&range=${range}`} limit={5} /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby="upcoming-title">
          <h3 id="upcoming-title" className="mb-3 font-semibold">
            Upcoming shows
          </h3>
          {upcoming.length === 0 ? (
            <p className="text-sm text-muted">No shows planned. <Link href={`${base}/concerts`} className="font-medium text-accent-600 hover:underline dark:text-accent-300">Announce one</Link></p>
          ) : (
            <ul className="divide-y divide-line text-sm" data-testid="upcoming-shows">
              {upcoming.slice(0, 6).map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`${base}/concerts/${c.id}`} className="min-w-0 truncate hover:underline">
                    {c.city} · {c.venueName} · {c.startsAt.toISOString().slice(0, 10)}
                  </Link>
                  <span className="whitespace-nowrap text-muted">{peopleLabel(c.interestedCount)} interested</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby="latest-announcement-title">
          <h3 id="latest-announcement-title" className="mb-3 font-semibold">
            Latest announcement
          </h3>
          {latest ? (
            <div className="text-sm">
              <p className="line-clamp-2">{latest.body}</p>
              <p className="mt-2 text-muted">
                Reached {counted(latest.reach, "follower")} · {peopleLabel(latest.muted)} muted · {peopleLabel(latest.unfollowed)} unfollowed in 48 h
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted">
              Nothing announced yet. <Link href={`${base}/announcements`} className="font-medium text-accent-600 hover:underline dark:text-accent-300">Write to your followers</Link>
            </p>
          )}
        </section>
      </div>
    </>
  );
}
