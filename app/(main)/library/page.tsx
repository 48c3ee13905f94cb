import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Library" };

/** What a listener collected: playlists, liked tracks, what they played lately, who they follow. */
export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ q?: string; liked?: string }> }) {
  const viewer = await requireViewer("/library");
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
  const recent = allRecent.filter((t) => matches(`${t.title} ${t.artist}`));
  const liked = likedPlusOne.slice(0, LIKED_PAGE);
  const pageHref = (n: number) => `/library?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { liked: String(n) } : {}) })}#liked-tracks`;
  return (
    <>
      <PageTitle
        title="Library"
        subtitle="Your playlists, the tracks you liked and what you played lately."
        action={
          <Link href={`/@${viewer.profile.handle}/following`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            Following
          </Link>
        }
      />
      <form action="/library" role="search" className="mb-8 flex max-w-md gap-2">
        <label htmlFor="library-q" className="sr-only">
          Search your Library
        </label>
        <input id="library-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder="Search your Library" className="min-w-0 flex-1 rounded-full border border-line bg-surface px-4 py-2 text-sm" />
        <button type="submit" className="rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2">
          Search
        </button>
        {q ? (
          <Link href="/library" className="self-center text-sm font-semibold text-accent-600 hover:underline dark:text-accent-400">
            Clear
          </Link>
        ) : null}
      </form>
      {q ? <p className="-mt-6 mb-6 text-sm text-muted" role="status">Showing what in your Library matches “{q}”.</p> : null}
      <Section title="Playlists">
        <div className="space-y-4">
          {q ? null : <NewPlaylistForm />}
          {playlists.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Your playlists">
              {playlists.map((p) => (
                <li key={p.id}>
                  <PlaylistCard playlist={p} detail={`${p.trackCount.toLocaleString("en")} ${p.trackCount === 1 ? "track" : "tracks"}${p.isPublic ? "" : " · private"}`} />
                </li>
              ))}
            </ul>
          ) : null}
          {shared.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Playlists you add to">
              {shared.map((p) => (
                <li key={p.id}>
                  <PlaylistCard playlist={p} detail={`Collaborative · ${p.ownerName}`} />
                </li>
              ))}
            </ul>
          ) : null}
          {followed.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Playlists you follow">
              {followed.map((p) => (
                <li key={p.id}>
                  <PlaylistCard playlist={p} detail="Following" />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </Section>
      <Section title="Saved releases">{saved.length ? <ReleaseGrid releases={saved} /> : <EmptyState title="No saved releases yet">Save an album or EP from its page to keep it here.</EmptyState>}</Section>
      <Section title="Liked tracks" id="liked-tracks">
        {liked.length ? <TrackList tracks={liked} showArtist from={{ label: "Liked tracks", href: "/library" }} signedIn /> : <EmptyState title={q ? "No liked tracks match" : "No liked tracks yet"}>{q ? "Try another word." : "Tap the heart on a track to keep it here."}</EmptyState>}
        {likedPage > 1 || likedPlusOne.length > LIKED_PAGE ? (
          <nav aria-label="Pages of liked tracks" className="mt-3 flex items-center justify-between text-sm">
            <span className="text-muted">Page {likedPage}</span>
            <span className="flex gap-3">
              {likedPage > 1 ? (
                <Link href={pageHref(likedPage - 1)} className="font-semibold text-accent-600 hover:underline dark:text-accent-400">
                  Newer likes
                </Link>
              ) : null}
              {likedPlusOne.length > LIKED_PAGE ? (
                <Link href={pageHref(likedPage + 1)} className="font-semibold text-accent-600 hover:underline dark:text-accent-400">
                  Older likes
                </Link>
              ) : null}
            </span>
          </nav>
        ) : null}
      </Section>
      <Section
        title="Recently played"
        action={
          <span className="flex gap-2">
            {recent.length ? <ActionButton variant="ghost" label="Clear" ariaLabel="Clear your listening history" confirm="Clear it?" run={listeningHistoryAction.bind(null, { change: "clear" })} /> : null}
            <ActionButton variant="ghost" label={history.off ? "Turn history on" : "Turn history off"} run={listeningHistoryAction.bind(null, { change: history.off ? "on" : "off" })} />
          </span>
        }
      >
        {history.off ? (
          <EmptyState title="History is off">What you play is not listed here. Artists still count your plays, without your name.</EmptyState>
        ) : recent.length ? (
          <TrackList tracks={recent} showArtist from={{ label: "Recently played", href: "/library" }} signedIn />
        ) : (
          <EmptyState title="Nothing played yet">Tracks you listen to appear here.</EmptyState>
        )}
      </Section>
    </>
  );
}
