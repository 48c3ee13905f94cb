import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ShareMenu } from "@/components/share/share-menu";
import { BarList } from "@/components/studio/charts";
import { EmbedToggle } from "@/components/studio/embed-toggle";
import { ReleaseUpload } from "@/components/studio/release-upload";
import { Section } from "@/components/ui/section";
import { counted } from "@/lib/plural";
import { requestOrigin } from "@/lib/site-server";
import { getDashboard } from "@/lib/studio/analytics";
import { getCreditsOf, listPageReleases } from "@/lib/studio/queries";
import { ActionButton } from "@/components/ui/action-button";
import { declineCreditAction, retryAudioAction } from "@/lib/music/actions";
import { AudioStatus, type AudioState } from "@/components/studio/audio-status";
import { soundsOfTracks, type TrackSound } from "@/lib/audio/queries";
import { getRoster } from "@/lib/teams/queries";
import { RANGES } from "@/lib/studio/ranges";
import { RangePicker } from "../range-picker";
import { loadStudioPage, sectionRange, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Music · Studio" };

const audioState = (s: TrackSound | undefined): AudioState => ({ status: s?.status ?? "ready", progress: s?.progress ?? 100, error: s?.error ?? null });

export default async function StudioMusic({ params, searchParams }: StudioSectionProps) {
  const { id } = await params;
  const { page, can } = await loadStudioPage(id, "music");
  if (page.kind !== "artist" && page.kind !== "label") notFound();
  const range = await sectionRange(searchParams);
  const [releaseList, origin, stats, roster, credits] = await Promise.all([listPageReleases(page.id), requestOrigin(), can("read_stats") ? getDashboard(page.id, range) : null, page.kind === "label" ? getRoster(page.id, true) : [], getCreditsOf(page.id)]);
  const sounds = await soundsOfTracks(releaseList.flatMap((r) => r.tracks.map((t) => t.id)), 1);
  const base = `/studio/pages/${page.id}`;
  const csv = (table: string) => `/api/studio/pages/${page.id}/stats?table=${table}&range=${range}`;
  return (
    <>
      <Section title="Music">
        <div className="space-y-6 rounded-3xl border border-line bg-surface p-5">
          <ReleaseUpload pageId={page.id} pageName={page.name} artists={roster.map((a) => ({ id: a.id, name: a.name }))} />
          {releaseList.length ? (
            <ul className="divide-y divide-line border-t border-line" aria-label="Your releases">
              {releaseList.map((r) => (
                <li key={r.id} className="py-3">
                  <div className="flex flex-wrap items-baseline gap-2">
                    <Link href={`/release/${r.id}`} className="font-semibold hover:underline">
                      {r.title}
                    </Link>
                    <span className="text-xs uppercase text-muted">{r.kind}</span>
                    {r.artistName ? <span className="text-xs text-muted">by {r.artistName}</span> : null}
                    {r.labelName ? <span className="text-xs text-muted">on {r.labelName}</span> : null}
                    {!r.published ? <span className="rounded-full bg-surface-2 px-2 text-xs font-semibold text-muted">Unpublished</span> : null}
                    {r.scheduled ? <span className="rounded-full bg-amber-500/15 px-2 text-xs font-semibold text-amber-700 dark:text-amber-300">Scheduled {r.releaseAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span> : null}
                    <span className="ml-auto flex items-center gap-2">
                      {r.editable ? (
                        <Link href={`${base}/music/releases/${r.id}`} className="rounded-full border border-line px-3 py-1 text-sm font-semibold hover:bg-surface-2" aria-label={`Edit ${r.title}`}>
                          Edit
                        </Link>
                      ) : null}
                      {r.scheduled || !r.published ? null : <ShareMenu url={`${origin}/release/${r.id}`} title={r.title} embedUrl={`${origin}/embed/release/${r.id}`} embedHeight={320} />}
                    </span>
                  </div>
                  <ol className="mt-1 space-y-1">
                    {r.tracks.map((t) => (
                      <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                        <span className="min-w-0 truncate">
                          {stats ? (
                            <Link href={`/studio/pages/${page.id}/music/${t.id}`} className="hover:underline">
                              {t.title}
                            </Link>
                          ) : (
                            t.title
                          )}{" "}
                          <span className="text-muted">· {counted(t.playCount, "play")}</span>
                        </span>
                        <AudioStatus trackId={t.id} title={t.title} initial={audioState(sounds.get(t.id))} retry={retryAudioAction.bind(null, { trackId: t.id })} />
                        {r.editable ? <EmbedToggle trackId={t.id} title={t.title} fullPlays={t.embedFullPlays} /> : null}
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
        <Section title="Featured on">
          <ul className="divide-y divide-line rounded-3xl border border-line bg-surface px-5" aria-label="Tracks that feature this page">
            {credits.map((c) => (
              <li key={c.trackId} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
                <span className="min-w-0">
                  <Link href={`/track/${c.trackId}`} className="font-semibold hover:underline">
                    {c.title}
                  </Link>{" "}
                  <span className="text-muted">by {c.by}</span>
                </span>
                {can("edit") ? <ActionButton variant="ghost" label="Decline credit" ariaLabel={`Decline the credit on ${c.title}`} confirm="Remove your page from this track?" run={declineCreditAction.bind(null, { trackId: c.trackId, profileId: page.id })} /> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {stats ? (
      <section aria-labelledby="music-stats-heading" className="mb-10">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="music-stats-heading" className="text-lg font-bold tracking-tight">
            Plays in the last {RANGES[range].label}
          </h2>
          <RangePicker base={`${base}/music`} range={range} />
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <BarList id="tracks" title="Plays per track" rows={stats.topTracks} unit="Plays" empty="No plays in this period yet." csvHref={csv("tracks")} />
          <BarList id="play-sources" title="Where plays come from" rows={stats.playSources} unit="Plays" empty="No plays in this period yet." csvHref={csv("play-sources")} />
        </div>
      </section>
      ) : null}
    </>
  );
}
