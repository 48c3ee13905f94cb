import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AddToQueueButton, PlayButton } from "@/components/player/play-button";
import { ReportButton } from "@/components/moderation/report-button";
import { ShareMenu } from "@/components/share/share-menu";
import type { Viewer } from "@/lib/auth/viewer";
import { showsProfiles } from "@/lib/cache/public-pages";
import { AddToPlaylist } from "@/components/playlists/add-to-playlist";
import { myPlaylistsFor } from "@/lib/playlists/queries";
import { isId } from "@/lib/ids";
import { playableMetadata } from "@/lib/music/metadata";
import { getTrackPage, trackLikedBy } from "@/lib/music/queries";
import { requestOrigin } from "@/lib/site-server";
import { dateFormat } from "@/lib/intl";
import { formatDuration } from "@/lib/time";
import { viewerSharedTrack } from "@/lib/feed/queries";
import { RepostButton } from "./repost-button";
import { LikeButton } from "@/components/music/like-button";
import { TrackConversation } from "@/components/comments/track-conversation";
import { soundsOfTracks } from "@/lib/audio/queries";

async function load(id: string, viewer: Viewer | null) {
  if (!isId(id)) return null;
  return await getTrackPage(id, viewer?.userId ?? null);
}

export async function trackMetadata(id: string, viewer: Viewer | null): Promise<Metadata> {
  const track = await load(id, viewer);
  const t = await getTranslations("music.track");
  if (!track) return { title: t("notFound") };
  const origin = await requestOrigin();
  return playableMetadata({ origin, path: `/track/${track.id}`, embedPath: `/embed/track/${track.id}`, title: track.title, artist: track.artist, description: t("metaDescription", { title: track.title, artist: track.artist }), imageUrl: track.coverUrl, audioUrl: track.isPublic ? track.publicAudioUrl : undefined, audioMime: track.audioMime, type: "music.song" });
}

/** The page for a viewer (null: signed out, the same for everyone and cached: app/(cached)). */
export async function TrackView({ id, viewer, cached = false }: { id: string; viewer: Viewer | null; cached?: boolean }) {
  const track = await load(id, viewer);
  if (!track) notFound();
  if (cached) await showsProfiles([track.profileId, ...track.featured.map((f) => f.id)]);
  const origin = await requestOrigin();
  const [t, locale] = await Promise.all([getTranslations("music.track"), getLocale()]);
  const sound = (await soundsOfTracks([track.id], 300)).get(track.id);
  return (
    <article className="grid gap-8 md:grid-cols-[18rem_1fr]">
      <div className="aspect-square overflow-hidden rounded-3xl bg-surface-2 shadow-lg">
        {track.coverUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- cover art from our media route
          <img src={track.coverUrl} alt={t("cover", { title: track.title })} className="h-full w-full object-cover" />
        ) : null}
      </div>
      <div className="flex flex-col justify-end gap-4">
        {!track.isPublic ? <p className="w-fit rounded-full bg-amber-500/15 px-3 py-1 text-xs font-semibold text-amber-700 dark:text-amber-300">{t("unreleased")}</p> : null}
        <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">{t("kind")}</p>
        <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">
          {track.title}
          {track.explicit ? <span className="ml-2 align-middle text-sm font-bold text-muted">{t("explicit")}</span> : null}
        </h1>
        <p className="text-muted">
          <Link href={`/@${track.artistHandle}`} className="font-semibold text-fg hover:underline">
            {track.artist}
          </Link>
          {track.featured.length ? (
            <span data-testid="featured">
              {" "}
              {t("feat")}{" "}
              {track.featured.map((f, i) => (
                <span key={f.handle}>
                  {i ? ", " : ""}
                  <Link href={`/@${f.handle}`} className="font-semibold text-fg hover:underline">
                    {f.name}
                  </Link>
                </span>
              ))}
            </span>
          ) : null}
          {track.release ? (
            <>
              {" "}
              {t.rich("fromRelease", {
                title: track.release.title,
                link: (chunks) => (
                  <Link href={`/release/${track.release!.id}`} className="hover:underline">
                    {chunks}
                  </Link>
                ),
              })}
            </>
          ) : null}
          {" "}
          {t.rich("stats", { duration: formatDuration(track.durationMs), count: track.playCount, n: (chunks) => <span data-testid="play-count">{chunks}</span> })}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <PlayButton tracks={[track]} size="lg" />
          <AddToQueueButton track={track} />
          {track.isPublic ? <LikeButton trackId={track.id} title={track.title} initial={viewer ? (await trackLikedBy(viewer.profile.id, track.id)) : false} signedIn={!!viewer} /> : null}
          {track.isPublic ? <RepostButton trackId={track.id} initial={viewer ? (await viewerSharedTrack(viewer.profile.id, track.id)) : false} signedIn={!!viewer} /> : null}
          {viewer && track.isPublic ? <AddToPlaylist trackId={track.id} title={track.title} playlists={await myPlaylistsFor(viewer.profile.id, track.id)} /> : null}
          <ShareMenu url={`${origin}/track/${track.id}`} title={t("shareTitle", { title: track.title, artist: track.artist })} embedUrl={`${origin}/embed/track/${track.id}`} send={{ type: "track", id: track.id }} />
          {viewer && track.isPublic && !viewer.managed.some((m) => m.id === track.profileId) ? <ReportButton profileId={track.profileId} what="track" target={{ trackId: track.id }} /> : null}
        </div>
        {sound && sound.status !== "ready" ? (
          <p className="text-sm text-muted" data-testid="track-processing">
            {sound.status === "failed" ? t("waveformFailed") : t("waveformPending")}
          </p>
        ) : null}
        <TrackConversation track={track} peaks={sound?.peaks ?? null}>
        <dl className="grid max-w-md grid-cols-[7rem_1fr] gap-y-1 text-sm">
          {track.genre ? (
            <>
              <dt className="text-muted">{t("genre")}</dt>
              <dd className="capitalize">{track.genre}</dd>
            </>
          ) : null}
          {track.publishedAt ? (
            <>
              <dt className="text-muted">{t("released")}</dt>
              <dd>{dateFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(track.publishedAt)}</dd>
            </>
          ) : null}
          {track.credits ? (
            <>
              <dt className="text-muted">{t("credits")}</dt>
              <dd className="whitespace-pre-line">{track.credits}</dd>
            </>
          ) : null}
          {track.isrc ? (
            <>
              <dt className="text-muted">ISRC</dt>
              <dd className="font-mono text-xs leading-5">{track.isrc}</dd>
            </>
          ) : null}
        </dl>
        {track.lyrics ? (
          <details className="max-w-xl rounded-2xl border border-line p-4">
            <summary className="cursor-pointer font-semibold">{t("lyrics")}</summary>
            <p className="mt-3 whitespace-pre-line text-sm leading-6">{track.lyrics}</p>
          </details>
        ) : null}
        </TrackConversation>
      </div>
    </article>
  );
}
