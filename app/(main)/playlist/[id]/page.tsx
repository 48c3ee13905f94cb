import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlayButton, ShuffleButton } from "@/components/player/play-button";
import { PlaylistCover } from "@/components/playlists/playlist-cover";
import { ImageUpload } from "@/components/studio/image-upload";
import { TrackList } from "@/components/player/track-list";
import { PlaylistDetailsForm } from "@/components/playlists/playlist-details-form";
import { PlaylistEditor } from "@/components/playlists/playlist-editor";
import { ShareMenu } from "@/components/share/share-menu";
import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { isId } from "@/lib/ids";
import { deletePlaylistAction } from "@/lib/playlists/actions";
import { getPlaylistPage, libraryState, PAGE_SIZE } from "@/lib/playlists/queries";
import { LibraryToggle } from "@/components/playlists/library-toggle";
import { CollaboratorsPanel, InvitationBanner } from "@/components/playlists/collaborators-panel";
import { requestOrigin } from "@/lib/site-server";
import { formatDuration } from "@/lib/time";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

async function load(id: string, page: number) {
  const viewer = await getViewer();
  return isId(id) ? await getPlaylistPage(id, viewer?.profile.id ?? null, page) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).id, 1);
  const t = await getTranslations("playlists.page");
  return p ? { title: t("metaTitle", { title: p.title, owner: p.owner.name }), description: p.description || t("metaDescription", { count: p.total }) } : { title: t("notFound") };
}

export default async function PlaylistPage({ params, searchParams }: Props) {
  const { id } = await params;
  const pageNumber = Math.max(1, Math.floor(Number((await searchParams).page) || 1));
  const playlist = await load(id, pageNumber);
  if (!playlist) notFound();
  const viewer = await getViewer();
  const t = await getTranslations("playlists.page");
  const origin = await requestOrigin();
  const from = { label: playlist.title, href: `/playlist/${playlist.id}` };
  const hours = playlist.durationMs >= 3_600_000 ? t("hoursMinutes", { hours: Math.floor(playlist.durationMs / 3_600_000), minutes: Math.round((playlist.durationMs % 3_600_000) / 60_000) }) : formatDuration(playlist.durationMs);
  const last = playlist.from + playlist.tracks.length - 1;
  return (
    <article>
      {playlist.invited ? <InvitationBanner playlistId={playlist.id} owner={playlist.owner.name} /> : null}
      <header className="mb-6 grid items-end gap-6 sm:grid-cols-[12rem_1fr]">
        <div className="space-y-2">
          <PlaylistCover cover={playlist.cover} className="w-48 rounded-3xl shadow-lg sm:w-full" priority />
          {playlist.isOwner ? <ImageUpload slot="cover" endpoint={`/api/playlists/${playlist.id}/cover`} currentUrl={playlist.cover.coverUrl} label={t("cover")} maxMb={10} preview={false} /> : null}
        </div>
        <div className="min-w-0 space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">
          {playlist.isPublic ? t("kindPublic") : t("kindPrivate")}
          {playlist.collaborators.some((c) => c.status === "active") ? t("collaborative") : ""}
        </p>
        <h1 className="text-3xl font-extrabold tracking-tight sm:text-5xl">{playlist.title}</h1>
        <p className="text-muted">
          <Link href={`/@${playlist.owner.handle}`} className="font-semibold text-fg hover:underline">
            {playlist.owner.name}
          </Link>{" "}
          {t("summary", { count: playlist.total, duration: hours })}
        </p>
        {playlist.description ? <p className="max-w-xl whitespace-pre-line">{playlist.description}</p> : null}
        <div className="flex flex-wrap items-center gap-3">
          {playlist.tracks.length ? <PlayButton tracks={playlist.tracks} size="lg" label={playlist.title} from={from} /> : null}
          {playlist.tracks.length > 1 ? <ShuffleButton tracks={playlist.tracks} label={playlist.title} from={from} /> : null}
          {playlist.isPublic ? <ShareMenu url={`${origin}/playlist/${playlist.id}`} title={t("shareTitle", { title: playlist.title, owner: playlist.owner.name })} embedUrl={`${origin}/embed/playlist/${playlist.id}`} embedHeight={320} send={{ type: "playlist", id: playlist.id }} /> : null}
          {viewer && !playlist.isOwner ? <LibraryToggle kind="playlist" id={playlist.id} title={playlist.title} initial={(await libraryState(viewer.profile.id, { playlistId: playlist.id })).followsPlaylist} signedIn /> : null}
          {playlist.isOwner ? <PlaylistDetailsForm playlist={playlist} /> : null}
          {playlist.isOwner ? <ActionButton variant="ghost" label={t("delete")} confirm={t("deleteConfirm")} thenGo="/library" run={deletePlaylistAction.bind(null, { playlistId: playlist.id })} /> : null}
        </div>
        </div>
      </header>
      {playlist.tracks.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{playlist.canEdit ? t("emptyEditor") : t("emptyListener")}</EmptyState>
      ) : playlist.canEdit ? (
        <PlaylistEditor playlistId={playlist.id} tracks={playlist.tracks} from={from} first={playlist.from} total={playlist.total} />
      ) : (
        <TrackList tracks={playlist.tracks} showArtist from={from} signedIn={!!viewer} />
      )}
      {playlist.total > PAGE_SIZE ? (
        <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between text-sm">
          <span className="text-muted">
            {t("range", { from: playlist.from, to: last, total: playlist.total })}
          </span>
          <span className="flex gap-3">
            {pageNumber > 1 ? (
              <Link href={`/playlist/${playlist.id}?page=${pageNumber - 1}`} className="font-semibold text-accent-600 hover:underline">
                {t("previous")}
              </Link>
            ) : null}
            {last < playlist.total ? (
              <Link href={`/playlist/${playlist.id}?page=${pageNumber + 1}`} className="font-semibold text-accent-600 hover:underline">
                {t("next")}
              </Link>
            ) : null}
          </span>
        </nav>
      ) : null}
      <CollaboratorsPanel playlistId={playlist.id} people={playlist.collaborators} isOwner={playlist.isOwner} me={viewer?.profile.id ?? null} />
    </article>
  );
}
