"use client";

import Link from "next/link";
import { useState } from "react";
import { NextIcon, PauseIcon, PlayIcon, PrevIcon, QueueIcon, VolumeIcon } from "@/components/ui/icons";
import { formatDuration } from "@/lib/time";
import { usePlayer } from "./player-provider";

export function PlayerDock() {
  const p = usePlayer();
  const [showQueue, setShowQueue] = useState(false);
  if (!p.current) return null;
  const duration = Number.isFinite(p.duration) && p.duration > 0 ? p.duration : p.current.durationMs / 1000;

  return (
    <section aria-label="Player" className="border-t border-line bg-surface/95 shadow-[0_-8px_24px_rgba(0,0,0,0.12)] backdrop-blur">
      {showQueue ? (
        <div className="max-h-72 overflow-y-auto border-b border-line px-4 py-3" aria-label="Queue">
          <div className="mb-2 flex items-center justify-between">
            <h2 className="text-sm font-bold">Queue · {p.queue.length}</h2>
            <button type="button" onClick={p.clear} className="rounded-full px-3 py-1 text-xs font-semibold text-muted hover:bg-surface-2 hover:text-fg">
              Clear queue
            </button>
          </div>
          <ol className="space-y-1" data-testid="queue">
            {p.queue.map((t, i) => (
              <li key={`${t.id}-${i}`} className={`flex items-center gap-2 rounded-xl px-2 py-1.5 text-sm ${i === p.index ? "bg-surface-2" : ""}`}>
                <button type="button" onClick={() => p.jumpTo(i)} className="min-w-0 flex-1 truncate text-left" aria-label={`Play ${t.title} from the queue`}>
                  <span className={i === p.index ? "font-semibold text-accent-500" : ""}>{t.title}</span> <span className="text-muted">· {t.artist}</span>
                </button>
                <button type="button" onClick={() => p.move(i, i - 1)} disabled={i === 0} aria-label={`Move ${t.title} up`} className="rounded px-1.5 text-muted hover:text-fg disabled:opacity-30">
                  ↑
                </button>
                <button type="button" onClick={() => p.move(i, i + 1)} disabled={i === p.queue.length - 1} aria-label={`Move ${t.title} down`} className="rounded px-1.5 text-muted hover:text-fg disabled:opacity-30">
                  ↓
                </button>
                <button type="button" onClick={() => p.removeAt(i)} aria-label={`Remove ${t.title} from the queue`} className="rounded px-1.5 text-muted hover:text-red-500">
                  ×
                </button>
              </li>
            ))}
          </ol>
        </div>
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
        <div className="flex items-center gap-1">
          <button type="button" onClick={p.previous} aria-label="Previous" className="hidden rounded-full p-2 text-muted hover:text-fg sm:inline-flex">
            <PrevIcon />
          </button>
          <button type="button" onClick={p.toggle} aria-label={p.playing ? "Pause" : "Play"} className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-fg text-bg hover:scale-105">
            {p.playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button type="button" onClick={p.next} disabled={p.index >= p.queue.length - 1} aria-label="Next" className="rounded-full p-2 text-muted hover:text-fg disabled:opacity-30">
            <NextIcon />
          </button>
        </div>
        <div className="order-last flex min-w-0 basis-full items-center gap-2 text-xs tabular-nums text-muted sm:order-none sm:flex-1 sm:basis-auto">
          <span data-testid="player-time" className="hidden w-9 text-right sm:inline">
            {formatDuration(p.currentTime * 1000)}
          </span>
          <input
            type="range"
            min={0}
            max={Math.max(1, Math.floor(duration))}
            step={1}
            value={Math.floor(p.currentTime)}
            onChange={(e) => p.seek(Number(e.target.value))}
            aria-label="Seek"
            aria-valuetext={`${formatDuration(p.currentTime * 1000)} of ${formatDuration(duration * 1000)}`}
            className="h-1 min-w-0 flex-1 cursor-pointer accent-accent-500"
          />
          <span className="hidden w-9 sm:inline">{formatDuration(duration * 1000)}</span>
        </div>
        <label className="hidden items-center gap-1 text-muted md:flex">
          <VolumeIcon />
          <span className="sr-only">Volume</span>
          <input type="range" min={0} max={1} step={0.05} value={p.volume} onChange={(e) => p.setVolume(Number(e.target.value))} className="h-1 w-20 accent-accent-500" />
        </label>
        <button type="button" onClick={() => setShowQueue((v) => !v)} aria-pressed={showQueue} aria-label="Queue" className={`rounded-full p-2 ${showQueue ? "text-accent-500" : "text-muted hover:text-fg"}`}>
          <QueueIcon />
        </button>
      </div>
    </section>
  );
}
