"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { LikeButton } from "@/components/music/like-button";
import { NextIcon, PauseIcon, PlayIcon, PrevIcon, QueueIcon, VolumeIcon } from "@/components/ui/icons";
import { useDismiss } from "@/components/ui/use-dismiss";
import { formatDuration } from "@/lib/time";
import { usePlayer } from "./player-provider";
import { Waveform } from "./waveform";
import { AddToPlaylist } from "@/components/playlists/add-to-playlist";
import type { QueueTrack } from "./types";

const row = "flex items-center gap-2 rounded-xl px-2 py-1.5 text-sm";
const small = "rounded px-1.5 text-muted hover:text-fg disabled:opacity-30";

function QueuePanel({ panel, onClose }: { panel: React.RefObject<HTMLDivElement | null>; onClose: () => void }) {
  const p = usePlayer();
  const t = useTranslations("player.queue");
  const ahead = p.context.tracks.slice(p.context.index + 1);
  return (
    <div ref={panel} role="dialog" aria-label={t("title")} className="max-h-[min(24rem,60vh)] overflow-y-auto border-b border-line px-4 py-3">
      <div className="mb-2 flex items-center justify-between">
        <h2 className="text-sm font-bold">{t("title")}</h2>
        <div className="flex items-center gap-1">
          <button type="button" onClick={p.clear} className="rounded-full px-3 py-1 text-xs font-semibold text-muted hover:bg-surface-2 hover:text-fg">
            {t("clear")}
          </button>
          <button type="button" onClick={onClose} aria-label={t("close")} className="rounded-full px-2 py-1 text-muted hover:bg-surface-2 hover:text-fg">
            ×
          </button>
        </div>
      </div>
      <NormalizeToggle />
      <h3 className="mt-2 px-2 text-xs font-semibold uppercase tracking-wide text-muted">{t("nowPlaying")}</h3>
      <p className={`${row} font-semibold text-accent-500`} data-testid="queue-now">
        <span className="truncate">{p.current?.title}</span> <span className="truncate font-normal text-muted">· {p.current?.artist}</span>
      </p>
      <h3 className="mt-3 px-2 text-xs font-semibold uppercase tracking-wide text-muted">{t("upNext")}</h3>
      {p.upNext.length ? (
        <ol className="space-y-1" data-testid="up-next">
          {p.upNext.map((track, i) => (
            <li key={`${track.id}-${i}`} className={row}>
              <button type="button" onClick={() => p.jumpUpNext(i)} className="min-w-0 flex-1 truncate text-left" aria-label={t("playFromQueue", { title: track.title })}>
                {track.title} <span className="text-muted">· {track.artist}</span>
              </button>
              <button type="button" onClick={() => p.moveUpNext(i, i - 1)} disabled={i === 0} aria-label={t("moveUp", { title: track.title })} className={small}>
                ↑
              </button>
              <button type="button" onClick={() => p.moveUpNext(i, i + 1)} disabled={i === p.upNext.length - 1} aria-label={t("moveDown", { title: track.title })} className={small}>
                ↓
              </button>
              <button type="button" onClick={() => p.removeUpNext(i)} aria-label={t("remove", { title: track.title })} className="rounded px-1.5 text-muted hover:text-red-500">
                ×
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="px-2 py-1.5 text-sm text-muted">{t("empty")}</p>
      )}
      {ahead.length ? (
        <>
          <h3 className="mt-3 px-2 text-xs font-semibold uppercase tracking-wide text-muted">
            {p.context.label
              ? t.rich("playingFrom", {
                  label: p.context.label,
                  source: (chunks) =>
                    p.context.href ? (
                      <Link href={p.context.href} className="normal-case text-fg hover:underline">
                        {chunks}
                      </Link>
                    ) : (
                      <span className="normal-case text-fg">{chunks}</span>
                    ),
                })
              : t("playingFromList")}
          </h3>
          <ol className="space-y-1" data-testid="playing-from">
            {ahead.map((track, k) => (
              <li key={`${track.id}-${k}`} className={row}>
                <button type="button" onClick={() => p.jumpContext(p.context.index + 1 + k)} className="min-w-0 flex-1 truncate text-left" aria-label={p.context.label ? t("playFrom", { title: track.title, source: p.context.label }) : t("playFromList", { title: track.title })}>
                  {track.title} <span className="text-muted">· {track.artist}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

/** The heart of the playing track: its state comes with the track's sound (the queue carries no per-viewer data). */
function DockLike({ track }: { track: QueueTrack }) {
  const { sound } = usePlayer();
  if (!sound) return <span className="h-10 w-10 shrink-0" aria-hidden />;
  return <LikeButton key={track.id} trackId={track.id} title={track.title} initial={sound.liked} signedIn={sound.signedIn} />;
}

/** Loudness normalisation on or off (kept in this browser). */
function NormalizeToggle() {
  const p = usePlayer();
  const t = useTranslations("player.normalize");
  return (
    <label className="flex cursor-pointer items-center gap-2 px-2 py-1.5 text-sm" title={t("hint")}>
      <input type="checkbox" checked={p.normalize} onChange={(e) => p.setNormalize(e.target.checked)} className="h-4 w-4 accent-accent-500" />
      {t("label")}
    </label>
  );
}

/**
 * The dock's controls while a track is loaded: loaded only then (most first
 * visits play nothing), so it is not part of every page's first JavaScript.
 */
export default function PlayerBar({ notice }: { notice: React.ReactNode }) {
  const p = usePlayer();
  const t = useTranslations("player.bar");
  const format = useFormatter();
  const [showQueue, setShowQueue] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const queueButton = useRef<HTMLButtonElement>(null);
  const closeQueue = useCallback(() => setShowQueue(false), []);
  useDismiss(showQueue, closeQueue, panel, queueButton);
  if (!p.current) return null;
  const duration = Number.isFinite(p.duration) && p.duration > 0 ? p.duration : p.current.durationMs / 1000;

  return (
    <section aria-label={t("label")} className="relative border-t border-line bg-surface/95 shadow-[0_-8px_24px_rgba(0,0,0,0.12)] backdrop-blur">
      {notice}
      {/* Screen readers hear each new track once it starts. */}
      <p className="sr-only" aria-live="polite">
        {t("announce", { title: p.current.title, artist: p.current.artist })}
      </p>
      {showQueue ? (
        <QueuePanel
          panel={panel}
          onClose={() => {
            setShowQueue(false);
            queueButton.current?.focus();
          }}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 sm:flex-nowrap sm:px-4">
        {p.current.coverUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- cover thumbnail from our media route
          <img src={p.current.coverUrl} alt="" className="h-11 w-11 shrink-0 rounded-lg object-cover" />
        ) : (
          <span className="h-11 w-11 shrink-0 rounded-lg bg-surface-2" />
        )}
        <div className="min-w-0 flex-1 sm:w-44 sm:flex-none">
          <Link href={`/track/${p.current.id}`} className="block truncate text-sm font-semibold hover:underline" data-testid="now-playing">
            {p.current.title}
          </Link>
          <Link href={`/@${p.current.artistHandle}`} className="block truncate text-xs text-muted hover:underline">
            {p.current.artist}
          </Link>
        </div>
        <DockLike track={p.current} />
        {p.sound?.signedIn ? (
          <div className="hidden sm:block">
            <AddToPlaylist key={p.current.id} trackId={p.current.id} title={p.current.title} compact up />
          </div>
        ) : null}
        <div className="flex items-center gap-1">
          <button type="button" onClick={p.previous} aria-label={t("previous")} className="hidden rounded-full p-2 text-muted hover:text-fg sm:inline-flex">
            <PrevIcon />
          </button>
          <button type="button" onClick={p.toggle} aria-label={p.playing ? t("pause") : t("play")} className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-fg text-bg hover:scale-105">
            {p.playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button type="button" onClick={p.next} disabled={!p.hasNext} aria-label={t("next")} className="rounded-full p-2 text-muted hover:text-fg disabled:opacity-30">
            <NextIcon />
          </button>
        </div>
        <div className="order-last flex min-w-0 basis-full items-center gap-2 text-xs tabular-nums text-muted sm:order-none sm:flex-1 sm:basis-auto">
          <span data-testid="player-time" className="hidden w-9 text-right sm:inline">
            {formatDuration(p.currentTime * 1000)}
          </span>
          {p.sound?.peaks ? (
            <div className="min-w-0 flex-1 py-1">
              <Waveform peaks={p.sound.peaks} bars={120} seconds={p.currentTime} durationSeconds={duration} onSeek={p.seek} height="h-7" testId="dock-waveform" />
            </div>
          ) : (
            <input
              type="range"
              min={0}
              max={Math.max(1, Math.floor(duration))}
              step={1}
              value={Math.floor(p.currentTime)}
              onChange={(e) => p.seek(Number(e.target.value))}
              aria-label={t("seek")}
              aria-valuetext={t("position", { current: formatDuration(p.currentTime * 1000), total: formatDuration(duration * 1000) })}
              className="h-1 min-w-0 flex-1 cursor-pointer accent-accent-500"
            />
          )}
          <span className="hidden w-9 sm:inline">{formatDuration(duration * 1000)}</span>
        </div>
        <div className="hidden items-center gap-1 text-muted md:flex">
          <VolumeIcon aria-hidden />
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={p.volume}
            onChange={(e) => p.setVolume(Number(e.target.value))}
            aria-label={t("volume")}
            aria-valuetext={format.number(Math.round(p.volume * 100) / 100, { style: "percent", maximumFractionDigits: 0 })}
            className="h-1 w-20 accent-accent-500"
          />
        </div>
        <button type="button" onClick={() => p.setShortcutsOpen(true)} aria-label={t("shortcuts")} title={t("shortcutsHint")} className="hidden rounded-full p-2 text-sm font-bold text-muted hover:text-fg lg:inline-flex">
          ?
        </button>
        <button
          ref={queueButton}
          type="button"
          onClick={() => setShowQueue((v) => !v)}
          aria-expanded={showQueue}
          aria-label={p.upNext.length ? t("queueUpNext", { count: p.upNext.length }) : t("queue")}
          className={`relative rounded-full p-2 ${showQueue ? "text-accent-500" : "text-muted hover:text-fg"}`}
        >
          <QueueIcon />
          {p.upNext.length ? <span className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-accent-600 px-1 text-[10px] font-bold leading-4 text-white">{p.upNext.length}</span> : null}
        </button>
      </div>
    </section>
  );
}
