import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarList, LineChart, Stat } from "@/components/studio/charts";
import { BackLink } from "@/components/ui/back-link";
import { PageTitle } from "@/components/ui/section";
import { isId } from "@/lib/ids";
import { getTrackStats } from "@/lib/studio/analytics";
import { peopleLabel } from "@/lib/studio/privacy";
import { change as changeBetween, percent as share, RANGES, type Change } from "@/lib/studio/ranges";
import { RangePicker } from "../../range-picker";
import { loadStudioPage, sectionRange, studioFormat } from "../../studio-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studioMusic");
  return { title: t("meta.track") };
}

type Props = { params: Promise<{ id: string; trackId: string }>; searchParams: Promise<{ range?: string }> };

export default async function StudioTrack({ params, searchParams }: Props) {
  const { id, trackId } = await params;
  const { page } = await loadStudioPage(id, "audience");
  const range = await sectionRange(searchParams);
  // Where its plays come from, named in the page's language.
  const { names } = await studioFormat();
  const stats = isId(trackId) ? await getTrackStats(page.id, trackId, range, new Date(), names) : null;
  if (!stats) notFound();
  const base = `/studio/pages/${page.id}/music/${trackId}`;
  const [t, format] = await Promise.all([getTranslations("studioMusic"), getFormatter()]);
  const { days, step } = RANGES[range];
  const period = { unit: step, count: step === "month" ? Math.round((days * 12) / 365) : days };
  // lib/studio's change(), percent() and peopleLabel() in the page's words.
  const say = (c: Change): string => (c.kind === "up" || c.kind === "down" ? (c.pct === 0 ? t(`stats.change.${c.kind}Small`) : t(`stats.change.${c.kind}`, { pct: c.pct })) : t(`stats.change.${c.kind}`));
  const change = (current: number, previous: number): string => changeBetween(current, previous, say);
  const percent = (part: number, whole: number): string => share(part, whole, (pct) => t("stats.percent", { pct }));
  const people = (n: number): string => peopleLabel(n, (count) => format.number(count), (min) => t("stats.fewerThan", { min }));
  const { releaseTitle, playCount } = stats.track;
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/music`} label={t("musicPage.title")} />
      <PageTitle
        level={2}
        title={stats.track.title}
        subtitle={releaseTitle ? t("trackStats.subtitleFrom", { release: releaseTitle, count: playCount }) : t("trackStats.subtitle", { count: playCount })}
        action={
          <Link href={`/track/${trackId}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {t("trackStats.trackPage")}
          </Link>
        }
      />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h3 className="text-lg font-bold tracking-tight">{t("trackStats.heading", period)}</h3>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`/api/studio/pages/${page.id}/stats?table=track-plays&track=${trackId}&range=${range}`} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
            {t("trackStats.csv")}
          </a>
          <RangePicker base={base} range={range} asked={(await searchParams).range} />
        </div>
      </div>
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Stat testId="track-plays" label={t("stats.plays")} value={format.number(stats.plays)} detail={t("trackStats.playsDetail", { change: change(stats.plays, stats.previousPlays), ...period })} />
        <Stat testId="track-likes" label={t("trackStats.likes")} value={people(stats.likes)} detail={t("trackStats.likesDetail", { people: people(stats.newLikes), ...period })} />
        <Stat testId="track-completion" label={t("trackStats.completion")} value={percent(Math.min(stats.completions, stats.playsReportingEnds), stats.playsReportingEnds)} detail={t("trackStats.completionDetail", period)} />
        <Stat testId="track-skips" label={t("trackStats.skips")} value={percent(stats.skips, stats.playsReportingEnds + stats.skips)} detail={t("trackStats.skipsDetail", { skips: stats.skips, total: stats.playsReportingEnds + stats.skips })} />
        <Stat testId="track-queued" label={t("trackStats.queued")} value={people(stats.queued)} detail={t("trackStats.queuedDetail", period)} />
        <Stat testId="track-shares" label={t("trackStats.shares")} value={people(stats.shares)} detail={t("trackStats.sharesDetail", period)} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <LineChart id="track-plays" title={t("stats.plays")} summary={t("trackStats.chartSummary", { plays: stats.plays, ...period })} points={stats.playsSeries} format={(n) => format.number(n)} />
        <BarList id="track-sources" title={t("trackStats.sources")} rows={stats.sources} unit={t("stats.plays")} empty={t("stats.noPlays")} />
      </div>
    </>
  );
}
