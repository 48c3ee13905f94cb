"use client";

import { useTranslations } from "next-intl";
import { PauseIcon, PlayIcon, PlusIcon } from "@/components/ui/icons";
import { useHydrated } from "@/components/ui/use-hydrated";
import { usePlayer, type PlayFrom } from "./player-provider";
import type { QueueTrack } from "./types";

/** Plays `tracks` from `index` (a release, a profile's tracks), or pauses if it is already playing. */
export function PlayButton({ tracks, index = 0, label, size = "md", from }: { tracks: QueueTrack[]; index?: number; label?: string; size?: "sm" | "md" | "lg"; from?: PlayFrom }) {
  const p = usePlayer();
  const t = useTranslations("player.buttons");
  const hydrated = useHydrated();
  const track = tracks[index];
  if (!track) return null;
  const isCurrent = p.current?.id === track.id;
  const playing = isCurrent && p.playing;
  const dims = size === "lg" ? "h-14 w-14" : size === "sm" ? "h-8 w-8" : "h-10 w-10";
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => (isCurrent ? p.toggle() : p.playTracks(tracks, index, from))}
      aria-label={playing ? t("pauseItem", { name: label ?? track.title }) : t("playItem", { name: label ?? track.title })}
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-accent-600 text-white shadow-sm transition hover:scale-105 hover:bg-accent-500 ${dims}`}
    >
      {playing ? <PauseIcon /> : <PlayIcon />}
    </button>
  );
}

/** "Play all": the list from its first track (or pause, while it plays). */
export function PlayAllButton({ tracks, label, from }: { tracks: QueueTrack[]; label: string; from?: PlayFrom }) {
  const p = usePlayer();
  const t = useTranslations("player.buttons");
  const hydrated = useHydrated();
  const playing = p.playing && tracks.some((track) => track.id === p.current?.id);
  return (
    <button
      type="button"
      disabled={!hydrated || !tracks.length}
      onClick={() => (playing ? p.toggle() : p.playTracks(tracks, 0, from))}
      aria-label={playing ? t("pause") : label}
      className="inline-flex h-9 items-center gap-1.5 rounded-full bg-accent-600 px-4 text-sm font-semibold text-white hover:bg-accent-500 disabled:opacity-60"
    >
      {playing ? <PauseIcon width={16} height={16} /> : <PlayIcon width={16} height={16} />}
      {playing ? t("pause") : t("playAll")}
    </button>
  );
}

/** Plays the list in a random order (a new one each time). */
export function ShuffleButton({ tracks, label, from }: { tracks: QueueTrack[]; label: string; from?: PlayFrom }) {
  const p = usePlayer();
  const t = useTranslations("player.buttons");
  const hydrated = useHydrated();
  const shuffle = () => {
    const order = [...tracks];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    p.playTracks(order, 0, from);
  };
  return (
    <button type="button" disabled={!hydrated || tracks.length < 2} onClick={shuffle} aria-label={t("shuffleItem", { name: label })} className="inline-flex h-10 items-center gap-1.5 rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2 disabled:opacity-60">
      ⤮ {t("shuffle")}
    </button>
  );
}

export function AddToQueueButton({ track }: { track: QueueTrack }) {
  const p = usePlayer();
  const t = useTranslations("player.buttons");
  return (
    <button type="button" onClick={() => p.addToQueue(track)} aria-label={t("addItemToQueue", { title: track.title })} title={t("addToQueue")} className="rounded-full p-1.5 text-muted hover:bg-surface-2 hover:text-fg">
      <PlusIcon width={18} height={18} />
    </button>
  );
}
