import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarList, LineChart, Stat } from "@/components/studio/charts";
import { BackLink } from "@/components/ui/back-link";
import { PageTitle } from "@/components/ui/section";
import { isId } from "@/lib/ids";
import { getTrackStats } from "@/lib/studio/analytics";
import { peopleLabel } from "@/lib/studio/privacy";
import { RANGES, change, percent } from "@/lib/studio/ranges";
import { RangePicker } from "../../range-picker";
import { loadStudioPage, sectionRange } from "../../studio-page";

export const metadata: Metadata = { title: "Track · Studio" };

type Props = { params: Promise<{ id: string; trackId: string }>; searchParams: Promise<{ range?: string }> };

export default async function StudioTrack({ params, searchParams }: Props) {
  const { id, trackId } = await params;
  const { page } = await loadStudioPage(id, "audience");
  const range = await sectionRange(searchParams);
  const stats = isId(trackId) ? await getTrackStats(page.id, trackId, range) : null;
  if (!stats) notFound();
  const base = `/studio/pages/${page.id}/music/${trackId}`;
  const period = RANGES[range].label;
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/music`} label="Music" />
      <PageTitle
        level={2}
        title={stats.track.title}
        subtitle={`${stats.track.releaseTitle ? `From ${stats.track.releaseTitle} · ` : ""}${stats.track.playCount.toLocaleString("en")} plays in all`}
        action={
          <Link href={`/track/${trackId}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            Track page
          </Link>
        }
      />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h3 className="text-lg font-bold tracking-tight">Last {period}</h3>
        <div className="flex flex-wrap items-center gap-3">
          <a href={`/api/studio/pages/${page.id}/stats?table=track-plays&track=${trackId}&range=${range}`} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-300" download>
            Plays (CSV)
          </a>
          <RangePicker base={base} range={range} />
        </div>
      </div>
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat testId="track-plays" label="Plays" value={stats.plays.toLocaleString("en")} detail={`${change(stats.plays, stats.previousPlays)} on the ${period} before`} />
        <Stat testId="track-likes" label="Likes" value={peopleLabel(stats.likes)} detail={`${peopleLabel(stats.newLikes)} new in ${period}`} />
        <Stat testId="track-completion" label="Heard to the end" value={percent(Math.min(stats.completions, stats.plays), stats.plays)} detail={`of plays in ${period}`} />
        <Stat testId="track-skips" label="Skipped in the first 30 s" value={percent(stats.skips, stats.plays + stats.skips)} detail={`${stats.skips.toLocaleString("en")} of ${(stats.plays + stats.skips).toLocaleString("en")} listens`} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <LineChart id="track-plays" title="Plays" summary={`${stats.plays.toLocaleString("en")} in ${period}`} points={stats.playsSeries} />
        <BarList id="track-sources" title="Where its plays come from" rows={stats.sources} unit="Plays" empty="No plays in this period yet." />
      </div>
    </>
  );
}
