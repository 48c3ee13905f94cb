import Link from "next/link";
import { PlaylistCover, type PlaylistCoverData } from "./playlist-cover";

/** A playlist in a grid (Library, search): its picture, title and one line about it. */
export function PlaylistCard({ playlist, detail }: { playlist: { id: string; title: string; cover?: PlaylistCoverData }; detail: string }) {
  return (
    <Link href={`/playlist/${playlist.id}`} className="flex items-center gap-3 rounded-3xl border border-line bg-surface p-3 transition hover:border-accent-500">
      <PlaylistCover cover={playlist.cover} className="h-16 w-16 shrink-0 rounded-2xl" />
      <span className="min-w-0">
        <span className="block truncate font-semibold">{playlist.title}</span>
        <span className="block truncate text-sm text-muted">{detail}</span>
      </span>
    </Link>
  );
}
