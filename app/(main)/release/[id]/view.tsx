import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PlayButton } from "@/components/player/play-button";
import { TrackList } from "@/components/player/track-list";
import { withWaveforms } from "@/lib/audio/queries";
import { ReleaseConversation } from "@/components/comments/track-conversation";
import { ShareMenu } from "@/components/share/share-menu";
import type { Viewer } from "@/lib/auth/viewer";
import { showsProfiles } from "@/lib/cache/public-pages";
import { LibraryToggle } from "@/components/playlists/library-toggle";
import { libraryState } from "@/lib/playlists/queries";
import { isId } from "@/lib/ids";
import { playableMetadata } from "@/lib/music/metadata";
import { getReleasePage, tracksLikedBy } from "@/lib/music/queries";
import { requestOrigin } from "@/lib/site-server";
import { dateFormat } from "@/lib/intl";
import { formatDuration } from "@/lib/time";

async function load(id: string, viewer: Viewer | null) {
  if (!isId(id)) return null;
  return await getReleasePage(id, viewer?.userId ?? null);
}

export async function releaseMetadata(id: string, viewer: Viewer | null): Promise<Metadata> {
  const release = await load(id, viewer);
  const t = await getTranslations("music.release");
  if (!release) return { title: t("notFound") };
  const origin = await requestOrigin();
  return playableMetadata({ origin, path: `/release/${release.id}`, embedPath: `/embed/release/${release.id}`, title: release.title, artist: release.artist.name, description: t("metaDescription", { kind: release.kind, artist: release.artist.name, count: release.trackCount }), imageUrl: release.coverUrl, type: "music.album" });
}

/** The page for a viewer (null: signed out, the same for everyone and cached: app/(cached)). */
export async function ReleaseView({ id, viewer, cached = false }: { id: string; viewer: Viewer | null; cached?: boolean }) {
  const release = await load(id, viewer);
  if (!release) notFound();
  if (cached) await showsProfiles([release.profileId, ...(release.label ? [release.label.id] : [])]);
  const origin = await requestOrigin();
  const [t, locale] = await Promise.all([getTranslations("music.release"), getLocale()]);
  const liked = { ids: viewer && release.isPublic ? [...(await tracksLikedBy(viewer.profile.id, release.tracks.map((t) => t.id)))] : [], signedIn: !!viewer };
  const from = { label: release.title, href: `/release/${release.id}` };
  const total = release.tracks.reduce((ms, t) => ms + t.durationMs, 0);
  return (
    <article>
      <header className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <div className="aspect-square overflow-hidden rounded-3xl bg-surface-2 shadow-lg">
          {release.coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- cover art from our media route
            <img src={release.coverUrl} alt={t("cover", { title: release.title })} className="h-full w-full object-cover" />
          ) : null}
        </div>
        <div className="flex flex-col justify-end gap-3">
          {!release.isPublic ? (
            <p className="w-fit rounded-full bg-amber-500/15 px-3 py-1 text-xs font-semibold text-amber-700 dark:text-amber-300">
              {t("scheduled", { date: dateFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(release.releaseAt) })}
            </p>
          ) : null}
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">{t("kind", { kind: release.kind })}</p>
          <h1 className="text-3xl font-extrabold tracking-tight sm:text-5xl">{release.title}</h1>
          <p className="text-muted">
            <Link href={`/@${release.artist.handle}`} className="font-semibold text-fg hover:underline">
              {release.artist.name}
            </Link>
            {release.label ? (
              <>
                {" "}
                {t.rich("onLabel", {
                  name: release.label.name,
                  link: (chunks) => (
                    <Link href={`/@${release.label!.handle}`} className="font-semibold text-fg hover:underline" data-testid="release-label">
                      {chunks}
                    </Link>
                  ),
                })}
              </>
            ) : null}{" "}
            {t("summary", { year: String(release.releaseAt.getUTCFullYear()), tracks: release.tracks.length, duration: formatDuration(total), plays: release.totalPlays })}
          </p>
          {release.description ? <p className="max-w-xl">{release.description}</p> : null}
          <div className="flex flex-wrap items-center gap-3">
            {release.tracks.length ? <PlayButton tracks={release.tracks} size="lg" label={release.title} from={from} /> : null}
            {viewer && release.isPublic ? <LibraryToggle kind="release" id={release.id} title={release.title} initial={(await libraryState(viewer.profile.id, { releaseId: release.id })).savedRelease} signedIn /> : null}
            <ShareMenu url={`${origin}/release/${release.id}`} title={t("shareTitle", { title: release.title, artist: release.artist.name })} embedUrl={`${origin}/embed/release/${release.id}`} embedHeight={320} send={{ type: "release", id: release.id }} />
          </div>
        </div>
      </header>
      <div className="mt-8">
        <TrackList tracks={await withWaveforms(release.tracks, 90)} from={from} liked={release.isPublic ? liked : undefined} />
        {release.copyright || release.upc ? (
          <p className="mt-6 text-xs text-muted">
            {release.copyright}
            {release.copyright && release.upc ? " · " : ""}
            {release.upc ? `UPC ${release.upc}` : ""}
          </p>
        ) : null}
      </div>
      {release.isPublic ? (
        <div className="mt-10 max-w-3xl">
          <ReleaseConversation releaseId={release.id} />
        </div>
      ) : null}
    </article>
  );
}
