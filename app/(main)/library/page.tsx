import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TrackList } from "@/components/player/track-list";
import { NewPlaylistForm } from "@/components/playlists/new-playlist-form";
import { PlaylistCard } from "@/components/playlists/playlist-card";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { LIKED_PAGE, collaborativePlaylists, getFollowedPlaylists, getPlaylistsOf, getSavedReleases, historySetting, likedTracks, recentlyPlayed } from "@/lib/playlists/queries";
import { ReleaseGrid } from "@/components/music/release-grid";
import { ActionButton } from "@/components/ui/action-button";
import { hasEveryWord } from "@/lib/search/like";
import { listeningHistoryAction } from "@/lib/playlists/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("playlists.library");
  return { title: t("title") };
}

/** What a listener collected: playlists, liked tracks, what they played lately, who they follow. */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string; liked?: string }> }) {
  const viewer = await requireViewer("/library");
  const t = await getTranslations("playlists.library");
  const params = await searchParams;
  const q = (typeof params.q === "string" ? params.q : "").slice(0, 100);
  const likedPage = Math.max(1, Math.min(1000, Math.floor(Number(params.liked) || 1)));
  const [allPlaylists, allShared, allFollowed, allSaved, likedPlusOne, allRecent, history] = await Promise.all([
    getPlaylistsOf(viewer.profile.id, true),
    collaborativePlaylists(viewer.profile.id),
    getFollowedPlaylists(viewer.profile.id),
    getSavedReleases(viewer.profile.id),
    likedTracks(viewer.profile.id, { limit: LIKED_PAGE + 1, offset: (likedPage - 1) * LIKED_PAGE, q }),
    recentlyPlayed(viewer.profile.id),
    historySetting(viewer.profile.id),
  ]);
  // The short lists are filtered here; liked tracks (which can run into thousands) in the database.
  const matches = (text: string) => hasEveryWord(text, q);
  const playlists = allPlaylists.filter((p) => matches(p.title));
  const shared = allShared.filter((p) => matches(p.title));
  const followed = allFollowed.filter((p) => matches(p.title));
  const saved = allSaved.filter((r) => matches(`${r.title} ${r.artist.name}`));
  const recent = allRecent.filter((track) => matches(`${track.title} ${track.artist}`));
  const liked = likedPlusOne.slice(0, LIKED_PAGE);
  const pageHref = (n: number) => `/library?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { liked: String(n) } : {}) })}#liked-tracks`;
  return (
    <>
      <PageTitle
        title={t("title")}
        subtitle={t("subtitle")}
        action={
          <Link href={`/@${viewer.profile.handle}/following`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {t("following")}
          </Link>
        }
      />
      <form action="/library" role="search" className="mb-8 flex max-w-md gap-2">
        <label htmlFor="library-q" className="sr-only">
          {t("search")}
        </label>
        <input id="library-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder={t("search")} className="min-w-0 flex-1 rounded-full border border-line bg-surface px-4 py-2 text-sm" />
        <button type="submit" className="rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2">
          {t("searchButton")}
        </button>
        {q ? (
          <Link href="/library" className="self-center text-sm font-semibold text-accent-600 hover:underline dark:text-accent-400">
            {t("clearSearch")}
          </Link>
        ) : null}
      </form>
      {q ? <p className="-mt-6 mb-6 text-sm text-muted" role="status">{t("matching", { q })}</p> : null}
      <Section title={t("playlists")}>
        <div className="space-y-4">
          {q ? null : <NewPlaylistForm />}
          {playlists.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("yourPlaylists")}>
              {playlists.map((p) => (
                <li key={p.id}>
                  <PlaylistCard playlist={p} detail={p.isPublic ? t("trackCount", { count: p.trackCount }) : t("trackCountPrivate", { count: p.trackCount })} />
                </li>
              ))}
            </ul>
          ) : null}
          {shared.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("sharedPlaylists")}>
              {shared.map((p) => (
                <li key={p.id}>
                  <PlaylistCard playlist={p} detail={t("collaborative", { owner: p.ownerName })} />
                </li>
              ))}
            </ul>
          ) : null}
          {followed.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("followedPlaylists")}>
              {followed.map((p) => (
                <li key={p.id}>
                  <PlaylistCard playlist={p} detail={t("followingDetail")} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </Section>
      <Section title={t("savedReleases")}>{saved.length ? <ReleaseGrid releases={saved} /> : <EmptyState title={t("savedEmptyTitle")}>{t("savedEmpty")}</EmptyState>}</Section>
      <Section title={t("likedTracks")} id="liked-tracks">
        {liked.length ? <TrackList tracks={liked} showArtist from={{ label: t("likedTracks"), href: "/library" }} signedIn /> : <EmptyState title={q ? t("likedNoMatch") : t("likedEmptyTitle")}>{q ? t("likedNoMatchHint") : t("likedEmpty")}</EmptyState>}
        {likedPage > 1 || likedPlusOne.length > LIKED_PAGE ? (
          <nav aria-label={t("likedPages")} className="mt-3 flex items-center justify-between text-sm">
            <span className="text-muted">{t("page", { page: likedPage })}</span>
            <span className="flex gap-3">
              {likedPage > 1 ? (
                <Link href={pageHref(likedPage - 1)} className="font-semibold text-accent-600 hover:underline dark:text-accent-400">
                  {t("newerLikes")}
                </Link>
              ) : null}
              {likedPlusOne.length > LIKED_PAGE ? (
                <Link href={pageHref(likedPage + 1)} className="font-semibold text-accent-600 hover:underline dark:text-accent-400">
                  {t("olderLikes")}
                </Link>
              ) : null}
            </span>
          </nav>
        ) : null}
      </Section>
      <Section
        title={t("recentlyPlayed")}
        action={
          <span className="flex gap-2">
            {recent.length ? <ActionButton variant="ghost" label={t("clearHistory")} ariaLabel={t("clearHistoryLabel")} confirm={t("clearHistoryConfirm")} run={listeningHistoryAction.bind(null, { change: "clear" })} /> : null}
            <ActionButton variant="ghost" label={history.off ? t("historyOn") : t("historyOff")} run={listeningHistoryAction.bind(null, { change: history.off ? "on" : "off" })} />
          </span>
        }
      >
        {history.off ? (
          <EmptyState title={t("historyOffTitle")}>{t("historyOffText")}</EmptyState>
        ) : recent.length ? (
          <TrackList tracks={recent} showArtist from={{ label: t("recentlyPlayed"), href: "/library" }} signedIn />
        ) : (
          <EmptyState title={t("recentEmptyTitle")}>{t("recentEmpty")}</EmptyState>
        )}
      </Section>
    </>
  );
}
