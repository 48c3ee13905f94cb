"use client";

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
      const result = await reorderTracksAction({ releaseId, trackIds: next.map((t) => t.id) });
      if (result.ok) {
        setSaid(what);
        router.refresh();
      } else {
        setOrder(before);
        setSaid(result.message ?? "Could not save the new order.");
      }
    });
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    save(moved(order, from, to), `${order[from].title} moved to position ${to + 1} of ${order.length}.`);
  };
  return (
    <div>
      <p aria-live="polite" className="sr-only" data-testid="order-status">
        {said}
      </p>
      <ol className="divide-y divide-line" aria-label="Tracks in order">
        {order.map((t, i) => (
          <li
            key={t.id}
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
              <span aria-hidden className="cursor-grab select-none px-1 text-muted" title="Drag to reorder">
                ⋮⋮
              </span>
              <span className="w-6 text-right text-sm tabular-nums text-muted">{i + 1}</span>
              <span className="min-w-0 flex-1 basis-40 truncate font-medium">
                {t.title} {t.explicit ? <span className="ml-1 rounded bg-surface-2 px-1 text-xs font-bold text-muted">E</span> : null}
                <span className="block text-xs font-normal text-muted">
                  {t.playCount.toLocaleString("en")} plays · {t.likeCount.toLocaleString("en")} likes
                </span>
              </span>
              <span className="ml-auto flex items-center gap-2">
              <button type="button" className={small} onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Move ${t.title} up`}>
                ↑
              </button>
              <button type="button" className={small} onClick={() => move(i, i + 1)} disabled={i === order.length - 1} aria-label={`Move ${t.title} down`}>
                ↓
              </button>
              <button type="button" className="h-11 rounded-full px-4 text-sm font-semibold text-accent-600 hover:bg-surface-2 dark:text-accent-300" aria-expanded={open === t.id} onClick={() => setOpen(open === t.id ? null : t.id)}>
                {open === t.id ? "Close" : "Edit"}
                <span className="sr-only"> {t.title}</span>
              </button>
              </span>
            </div>
            {open === t.id ? <TrackEditor track={t} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
