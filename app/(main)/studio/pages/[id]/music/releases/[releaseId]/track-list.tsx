"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reorderTracksAction } from "@/lib/music/actions";
import type { ReleaseForEdit } from "@/lib/studio/queries";
import { TrackEditor } from "./track-row";

type Track = ReleaseForEdit["tracks"][number];

const moved = <T,>(list: T[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};

const small = "inline-flex h-11 w-11 items-center justify-center rounded-full border border-line text-sm hover:bg-surface-2 disabled:opacity-40";

/** The release's tracks: reorder by dragging or with the Up/Down buttons (saved at once), open one to edit it. */
export function TrackList({ releaseId, tracks }: { releaseId: string; tracks: Track[] }) {
  const router = useRouter();
  const t = useTranslations("studioMusic.trackList");
  const [order, setOrder] = useState(tracks);
  const [dragging, setDragging] = useState<number | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [said, setSaid] = useState("");
  const [, start] = useTransition();
  // A refresh after a save hands new props; a different set of tracks replaces the local order.
  const [seen, setSeen] = useState(tracks);
  if (seen !== tracks) {
    setSeen(tracks);
    setOrder(tracks);
  }
  const save = (next: Track[], what: string) => {
    const before = order;
    setOrder(next);
    start(async () => {
      const result = await reorderTracksAction({ releaseId, trackIds: next.map((x) => x.id) });
      if (result.ok) {
        setSaid(what);
        router.refresh();
      } else {
        setOrder(before);
        setSaid(result.message ?? t("saveFailed"));
      }
    });
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    save(moved(order, from, to), t("moved", { title: order[from].title, position: to + 1, total: order.length }));
  };
  return (
    <div>
      <p aria-live="polite" className="sr-only" data-testid="order-status">
        {said}
      </p>
      <ol className="divide-y divide-line" aria-label={t("label")}>
        {order.map((track, i) => (
          <li
            key={track.id}
            draggable
            onDragStart={(e) => {
              setDragging(i);
              e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, i);
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
            className={`py-3 ${dragging === i ? "opacity-50" : ""}`}
            data-testid="track-row"
          >
            <div className="flex flex-wrap items-center gap-2">
              <span aria-hidden className="cursor-grab select-none px-1 text-muted" title={t("drag")}>
                ⋮⋮
              </span>
              <span className="w-6 text-right text-sm tabular-nums text-muted">{i + 1}</span>
              <span className="min-w-0 flex-1 basis-40 truncate font-medium">
                {track.title} {track.explicit ? <span className="ml-1 rounded bg-surface-2 px-1 text-xs font-bold text-muted">E</span> : null}
                <span className="block text-xs font-normal text-muted">
                  {t("counts", { plays: track.playCount, likes: track.likeCount })}
                </span>
              </span>
              <span className="ml-auto flex items-center gap-2">
              <button type="button" className={small} onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t("moveUp", { title: track.title })}>
                ↑
              </button>
              <button type="button" className={small} onClick={() => move(i, i + 1)} disabled={i === order.length - 1} aria-label={t("moveDown", { title: track.title })}>
                ↓
              </button>
              <button type="button" className="h-11 rounded-full px-4 text-sm font-semibold text-accent-600 hover:bg-surface-2 dark:text-accent-300" aria-expanded={open === track.id} onClick={() => setOpen(open === track.id ? null : track.id)}>
                {open === track.id ? t("close") : t("edit")}
                <span className="sr-only"> {track.title}</span>
              </button>
              </span>
            </div>
            {open === track.id ? <TrackEditor track={track} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
