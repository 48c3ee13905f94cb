import type { Metadata } from "next";
import Link from "next/link";
import { TrackList } from "@/components/player/track-list";
import { NewPlaylistForm } from "@/components/playlists/new-playlist-form";
import { PlaylistCard } from "@/components/playlists/playlist-card";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { collaborativePlaylists, getFollowedPlaylists, getPlaylistsOf, getSavedReleases, historySetting, likedTracks, recentlyPlayed } from "@/lib/playlists/queries";
import { ReleaseGrid } from "@/components/music/release-grid";
import { ActionButton } from "@/components/ui/action-button";
import { listeningHistoryAction } from "@/lib/playlists/actions";

export const metadata: Metadata = { title: "Library" };

/** What a listener collected: playlists, liked tracks, what they played lately, who they follow. */
export default async function LibraryPage() {
  const viewer = await requireViewer("/library");
  const [playlists, shared, followed, saved, liked, recent, history] = await Promise.all([
    getPlaylistsOf(viewer.profile.id, true),
    collaborativePlaylists(viewer.profile.id),
    getFollowedPlaylists(viewer.profile.id),
    getSavedReleases(viewer.profile.id),
    likedTracks(viewer.profile.id),
    recentlyPlayed(viewer.profile.id),
    historySetting(viewer.profile.id),
  ]);
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
      <Section title="Playlists">
        <div className="space-y-4">
          <NewPlaylistForm />
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
      <Section title="Liked tracks">{liked.length ? <TrackList tracks={liked} showArtist from={{ label: "Liked tracks", href: "/library" }} /> : <EmptyState title="No liked tracks yet">Tap the heart on a track to keep it here.</EmptyState>}</Section>
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
          <TrackList tracks={recent} showArtist from={{ label: "Recently played", href: "/library" }} />
        ) : (
          <EmptyState title="Nothing played yet">Tracks you listen to appear here.</EmptyState>
        )}
      </Section>
    </>
  );
}
