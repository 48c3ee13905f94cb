import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BarList, LineChart, Stat } from "@/components/studio/charts";
import { FormMessage } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { formatMoney } from "@/lib/money";
import { getDashboard, getMerchSummary } from "@/lib/studio/analytics";
import { MIN_PEOPLE, peopleForChart } from "@/lib/studio/privacy";
import { getAnnouncementPanel, listPageReleases } from "@/lib/studio/queries";
import { daysSince, suggestionsFor } from "@/lib/studio/suggestions";
import { RangePicker } from "./range-picker";
import { loadStudioPage, sectionRange, studioFormat } from "./studio-page";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.overview") };
}

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
  const { t, number, people, change, locale, names } = await studioFormat();
  const [stats, concerts, merch, announcements, releaseList] = await Promise.all([getDashboard(page.id, range, { names }), listStudioConcerts(page.id), getMerchSummary(page.id, range), getAnnouncementPanel(page.id), listPageReleases(page.id)]);
  const upcoming = concerts.filter((c) => !c.past && c.status !== "cancelled");
  const latest = announcements.history[0];
  const lastRelease = releaseList.find((r) => !r.scheduled);
  const suggestions = suggestionsFor(
    {
      base,
      range,
      cities: stats.cities,
      plannedCities: new Set(upcoming.map((c) => `${c.city}|${c.country}`)),
      websites: stats.websites,
      topTracks: stats.topTracks,
      daysSinceRelease: lastRelease ? daysSince(lastRelease.releaseAt) : null,
      makesMusic,
    },
    t,
  );
  const net = stats.followsGained - stats.unfollows;
  const listenerDays = stats.listenersSeries.reduce((a, p) => a + p.value, 0);
  return (
    <>
      {justCreated ? (
        <div className="mb-6">
          <FormMessage tone="success" message={t("overview.created")} />
          <p className="mt-2 text-sm">
            <Link href={`${base}/settings`} className="font-semibold text-accent-600 hover:underline dark:text-accent-300">
              {t("overview.openSettings")}
            </Link>
          </p>
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-bold tracking-tight">{t("lastPeriod", { range })}</h2>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`/api/studio/pages/${page.id}/stats?table=daily&range=${range}`} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
            {t("overview.dailyCsv")}
          </a>
          <RangePicker base={base} range={range} asked={(await searchParams).range} />
        </div>
      </div>
      <div className="mb-8 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat testId="stat-followers" label={t("overview.followers")} value={number(stats.followerCount)} detail={t("overview.followersDetail", { sign: net >= 0 ? "+" : "−", count: Math.abs(net), range })} />
        <Stat testId="stat-plays" label={t("overview.plays")} value={number(stats.plays)} detail={t("overview.playsDetail", { change: change(stats.plays, stats.previousPlays), range })} />
        <Stat testId="stat-listeners" label={t("overview.newListeners")} value={people(stats.newListeners)} detail={t("overview.listenerDays", { people: people(listenerDays) })} />
        <Stat testId="stat-merch" label={t("overview.merchOrders")} value={number(merch.orders)} detail={merch.revenue.length ? merch.revenue.map((r) => formatMoney(r.minor, r.currency, locale)).join(" · ") : t("overview.itemsSold", { count: merch.units })} />
      </div>
      {suggestions.length ? (
        <Section title={t("overview.suggestions")}>
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
        <LineChart id="followers" title={t("overview.followers")} summary={t("overview.followersNow", { count: stats.followerCount })} points={stats.followersSeries} />
        <LineChart id="plays" title={t("overview.plays")} summary={t("overview.countInPeriod", { count: stats.plays, range })} points={stats.playsSeries} />
        <LineChart
          id="listeners"
          title={t("overview.listenersPerDay")}
          summary={t("overview.newInPeriod", { people: people(stats.newListeners), range })}
          points={stats.listenersSeries.map((p) => ({ ...p, value: peopleForChart(p.value) }))}
          note={t("overview.listenersNote", { count: MIN_PEOPLE })}
        />
        {makesMusic ? <BarList id="top-tracks" title={t("overview.topTracks")} rows={stats.topTracks} unit={t("overview.plays")} empty={t("noPlays")} csvHref={`/api/studio/pages/${page.id}/stats?table=tracks&range=${range}`} limit={5} /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby="upcoming-title">
          <h3 id="upcoming-title" className="mb-3 font-semibold">
            {t("overview.upcoming")}
          </h3>
          {upcoming.length === 0 ? (
            <p className="text-sm text-muted">
              {t.rich("overview.noShows", {
                link: (chunks) => (
                  <Link href={`${base}/concerts`} className="font-medium text-accent-600 hover:underline dark:text-accent-300">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <ul className="divide-y divide-line text-sm" data-testid="upcoming-shows">
              {upcoming.slice(0, 6).map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`${base}/concerts/${c.id}`} className="min-w-0 truncate hover:underline">
                    {c.city} · {c.venueName} · {c.startsAt.toISOString().slice(0, 10)}
                  </Link>
                  <span className="whitespace-nowrap text-muted">{t("overview.interested", { people: people(c.interestedCount) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="min-w-0 rounded-3xl border border-line bg-surface p-4" aria-labelledby="latest-announcement-title">
          <h3 id="latest-announcement-title" className="mb-3 font-semibold">
            {t("overview.latestAnnouncement")}
          </h3>
          {latest ? (
            <div className="text-sm">
              <p className="line-clamp-2">{latest.body}</p>
              <p className="mt-2 text-muted">
                {t("overview.reached", { count: latest.reach, muted: people(latest.muted), unfollowed: people(latest.unfollowed) })}
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted">
              {t.rich("overview.nothingAnnounced", {
                link: (chunks) => (
                  <Link href={`${base}/announcements`} className="font-medium text-accent-600 hover:underline dark:text-accent-300">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
        </section>
      </div>
    </>
  );
}
