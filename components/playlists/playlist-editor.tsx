"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { PlayButton } from "@/components/player/play-button";
import type { PlayFrom } from "@/components/player/player-provider";
import type { TrackRow } from "@/components/player/track-list";
import { movePlaylistTrackAction, removeFromPlaylistAction } from "@/lib/playlists/actions";
import { formatDuration } from "@/lib/time";

const small = "inline-flex h-10 w-10 items-center justify-center rounded-full border border-line text-sm hover:bg-surface-2 disabled:opacity-40";

/** The owner's view of a playlist's tracks: play, move up or down (or drag), remove. Each change is saved at once. */
export function PlaylistEditor({ playlistId, tracks, from, first, total }: { playlistId: string; tracks: TrackRow[]; from: PlayFrom; first: number; total: number }) {
  const router = useRouter();
  const tr = useTranslations("playlists.editor");
  const [order, setOrder] = useState(tracks);
  const [seen, setSeen] = useState(tracks);
  const [dragging, setDragging] = useState<number | null>(null);
  const [said, setSaid] = useState("");
  const [, start] = useTransition();
  if (seen !== tracks) {
    setSeen(tracks);
    setOrder(tracks);
  }
  const move = (i: number, to: number) => {
    if (to < 0 || to >= order.length || to === i) return;
    const before = order;
    const next = [...order];
    const [t] = next.splice(i, 1);
    next.splice(to, 0, t);
    setOrder(next);
    start(async () => {
      const result = await movePlaylistTrackAction({ playlistId, trackId: t.id, to: first + to });
      setSaid(result.ok ? tr("moved", { title: t.title, position: first + to, total }) : (result.message ?? tr("moveFailed")));
      if (!result.ok) setOrder(before);
      router.refresh();
    });
  };
  const remove = (t: TrackRow) =>
    start(async () => {
      const result = await removeFromPlaylistAction({ playlistId, trackId: t.id });
      setSaid(result.ok ? tr("removed", { title: t.title }) : (result.message ?? tr("removeFailed")));
      if (result.ok) setOrder((list) => list.filter((x) => x.id !== t.id));
      router.refresh();
    });
  return (
    <>
      <p aria-live="polite" className="sr-only" data-testid="playlist-status">
        {said}
      </p>
      <ol className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="track-list" aria-label={tr("label")}>
        {order.map((t, i) => (
          <li
            key={t.id}
            draggable
            onDragStart={() => setDragging(i)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, i);
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
            className={`flex flex-wrap items-center gap-2 px-3 py-2 sm:px-4 ${dragging === i ? "opacity-50" : ""}`}
          >
            <span className="w-7 text-right text-sm tabular-nums text-muted">{first + i}</span>
            <PlayButton tracks={order} index={i} size="sm" from={from} />
            <span className="min-w-0 flex-1 basis-40">
              <Link href={`/track/${t.id}`} className="block truncate font-medium hover:underline">
                {t.title}
              </Link>
              <Link href={`/@${t.artistHandle}`} className="block min-h-6 truncate text-sm leading-6 text-muted hover:underline">
                {t.artist}
              </Link>
            </span>
            <span className="ml-auto flex items-center gap-2">
              <span className="w-10 text-right text-sm tabular-nums text-muted">{formatDuration(t.durationMs)}</span>
              <button type="button" className={small} onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={tr("moveUp", { title: t.title })}>
                ↑
              </button>
              <button type="button" className={small} onClick={() => move(i, i + 1)} disabled={i === order.length - 1} aria-label={tr("moveDown", { title: t.title })}>
                ↓
              </button>
              <button type="button" className="h-10 rounded-full px-3 text-sm font-semibold text-muted hover:bg-surface-2 hover:text-fg" onClick={() => remove(t)} aria-label={tr("removeLabel", { title: t.title })}>
                {tr("remove")}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
