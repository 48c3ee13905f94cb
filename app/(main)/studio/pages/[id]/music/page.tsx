import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ShareMenu } from "@/components/share/share-menu";
import { BarList } from "@/components/studio/charts";
import { EmbedToggle } from "@/components/studio/embed-toggle";
import { ReleaseUpload } from "@/components/studio/release-upload";
import { Section } from "@/components/ui/section";
import { requestOrigin } from "@/lib/site-server";
import { getPlayLists } from "@/lib/studio/analytics";
import { getCreditsOf, listPageReleases } from "@/lib/studio/queries";
import { ActionButton } from "@/components/ui/action-button";
import { declineCreditAction, retryAudioAction } from "@/lib/music/actions";
import { AudioStatus, type AudioState } from "@/components/studio/audio-status";
import { audioErrorsIn, soundsOfTracks, type TrackSound } from "@/lib/audio/queries";
import { getRoster } from "@/lib/teams/queries";
import { RANGES } from "@/lib/studio/ranges";
import { RangePicker } from "../range-picker";
import { loadStudioPage, sectionRange, studioFormat, type StudioSectionProps } from "../studio-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studioMusic");
  return { title: t("meta.music") };
}

const audioState = (s: TrackSound | undefined): AudioState => ({ status: s?.status ?? "ready", progress: s?.progress ?? 100, error: s?.error ?? null });

export default async function StudioMusic({ params, searchParams }: StudioSectionProps) {
  const { id } = await params;
  const { page, can } = await loadStudioPage(id, "music");
  if (page.kind !== "artist" && page.kind !== "label") notFound();
  const range = await sectionRange(searchParams);
  // Where plays come from, and a removed track, named in the page's language.
  const { names } = await studioFormat();
  const [releaseList, origin, stats, roster, credits] = await Promise.all([listPageReleases(page.id), requestOrigin(), can("read_stats") ? getPlayLists(page.id, range, { names }) : null, page.kind === "label" ? getRoster(page.id, true) : [], getCreditsOf(page.id)]);
  const sounds = await audioErrorsIn(await soundsOfTracks(releaseList.flatMap((r) => r.tracks.map((t) => t.id)), 1));
  const base = `/studio/pages/${page.id}`;
  const csv = (table: string) => `/api/studio/pages/${page.id}/stats?table=${table}&range=${range}`;
  const [t, locale, format] = await Promise.all([getTranslations("studioMusic"), getLocale(), getFormatter()]);
  // English keeps its ISO date and time; the other languages get theirs (always in UTC, as labelled).
  const moment = (at: Date) =>
    locale === "en"
      ? { date: at.toISOString().slice(0, 10), time: at.toISOString().slice(11, 16) }
      : { date: format.dateTime(at, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }), time: format.dateTime(at, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) };
  const { days, step } = RANGES[range];
  const period = { unit: step, count: step === "month" ? Math.round((days * 12) / 365) : days };
  return (
    <>
      <Section title={t("musicPage.title")}>
        <div className="space-y-6 rounded-3xl border border-line bg-surface p-5">
          <ReleaseUpload pageId={page.id} pageName={page.name} artists={roster.map((a) => ({ id: a.id, name: a.name }))} />
          {releaseList.length ? (
            <ul className="divide-y divide-line border-t border-line" aria-label={t("musicPage.yourReleases")}>
              {releaseList.map((r) => (
                <li key={r.id} className="py-3">
                  <div className="flex flex-wrap items-baseline gap-2">
                    <Link href={`/release/${r.id}`} className="font-semibold hover:underline">
                      {r.title}
                    </Link>
                    <span className="text-xs uppercase text-muted">{t("kind", { kind: r.kind })}</span>
                    {r.artistName ? <span className="text-xs text-muted">{t("musicPage.byArtist", { name: r.artistName })}</span> : null}
                    {r.labelName ? <span className="text-xs text-muted">{t("musicPage.onLabel", { name: r.labelName })}</span> : null}
                    {!r.published ? <span className="rounded-full bg-surface-2 px-2 text-xs font-semibold text-muted">{t("musicPage.unpublished")}</span> : null}
                    {r.scheduled ? <span className="rounded-full bg-amber-500/15 px-2 text-xs font-semibold text-amber-700 dark:text-amber-300">{t("musicPage.scheduled", moment(r.releaseAt))}</span> : null}
                    <span className="ml-auto flex items-center gap-2">
                      {r.editable ? (
                        <Link href={`${base}/music/releases/${r.id}`} className="rounded-full border border-line px-3 py-1 text-sm font-semibold hover:bg-surface-2" aria-label={t("musicPage.editAria", { title: r.title })}>
                          {t("musicPage.edit")}
                        </Link>
                      ) : null}
                      {r.scheduled || !r.published ? null : <ShareMenu url={`${origin}/release/${r.id}`} title={r.title} embedUrl={`${origin}/embed/release/${r.id}`} embedHeight={320} />}
                    </span>
                  </div>
                  <ol className="mt-1 space-y-1">
                    {r.tracks.map((track) => (
                      <li key={track.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                        <span className="min-w-0 truncate">
                          {stats ? (
                            <Link href={`/studio/pages/${page.id}/music/${track.id}`} className="hover:underline">
                              {track.title}
                            </Link>
                          ) : (
                            track.title
                          )}{" "}
                          <span className="text-muted">· {t("musicPage.plays", { count: track.playCount })}</span>
                        </span>
                        <AudioStatus trackId={track.id} title={track.title} initial={audioState(sounds.get(track.id))} retry={retryAudioAction.bind(null, { trackId: track.id })} />
                        {r.editable ? <EmbedToggle trackId={track.id} title={track.title} fullPlays={track.embedFullPlays} /> : null}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </Section>
      {credits.length ? (
        <Section title={t("musicPage.featuredOn")}>
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface px-5" aria-label={t("musicPage.featuredList")}>
            {credits.map((c) => (
              <li key={c.trackId} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
                <span className="min-w-0">
                  <Link href={`/track/${c.trackId}`} className="font-semibold hover:underline">
                    {c.title}
                  </Link>{" "}
                  <span className="text-muted">{t("musicPage.byArtist", { name: c.by })}</span>
                </span>
                {can("edit") ? <ActionButton variant="ghost" label={t("musicPage.declineCredit")} ariaLabel={t("musicPage.declineCreditAria", { title: c.title })} confirm={t("musicPage.declineCreditConfirm")} run={declineCreditAction.bind(null, { trackId: c.trackId, profileId: page.id })} /> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {stats ? (
      <section aria-labelledby="music-stats-heading" className="mb-10">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="music-stats-heading" className="text-lg font-bold tracking-tight">
            {t("musicPage.statsHeading", period)}
          </h2>
          <RangePicker base={`${base}/music`} range={range} asked={(await searchParams).range} />
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <BarList id="tracks" title={t("musicPage.perTrack")} rows={stats.topTracks} unit={t("stats.plays")} empty={t("stats.noPlays")} csvHref={csv("tracks")} />
          <BarList id="play-sources" title={t("musicPage.sources")} rows={stats.playSources} unit={t("stats.plays")} empty={t("stats.noPlays")} csvHref={csv("play-sources")} />
        </div>
      </section>
      ) : null}
    </>
  );
}
