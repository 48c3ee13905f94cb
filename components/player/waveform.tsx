"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { BAR_SHIFT, BAR_STROKE, barHeights, barsPath, decodePeaks } from "@/lib/audio/waveform";
import { formatDuration } from "@/lib/time";
import { usePlayer, type PlayFrom } from "./player-provider";
import type { QueueTrack } from "./types";

export type WaveformMarker = { id: string; atMs: number; label: string; avatarUrl: string | null };

/**
 * A track's waveform that is also its seek bar: the bars are drawn in SVG and
 * a transparent native range input lies on top, so clicking, dragging, the
 * keyboard (arrows, Home/End, Page Up/Down) and screen readers all work as
 * they do on any slider.
 */
export function Waveform({
  peaks,
  bars = 160,
  seconds,
  durationSeconds,
  onSeek,
  label,
  height = "h-12",
  markers,
  onMarker,
  testId,
}: {
  peaks: string;
  bars?: number;
  seconds: number;
  durationSeconds: number;
  onSeek: (seconds: number) => void;
  label?: string;
  height?: string;
  markers?: WaveformMarker[];
  onMarker?: (marker: WaveformMarker) => void;
  testId?: string;
}) {
  const t = useTranslations("player.waveform");
  const path = useMemo(() => {
    const heights = barHeights(decodePeaks(peaks), bars);
    return { d: barsPath(heights), width: heights.length };
  }, [peaks, bars]);
  const duration = Math.max(1, durationSeconds);
  const played = Math.max(0, Math.min(100, (seconds / duration) * 100));
  const svg = (className: string, style?: React.CSSProperties) => (
    <svg viewBox={`0 0 ${path.width} 100`} preserveAspectRatio="none" aria-hidden className={`pointer-events-none absolute inset-0 h-full w-full ${className}`} style={style}>
      <path d={path.d} transform={BAR_SHIFT} stroke="currentColor" strokeWidth={BAR_STROKE} />
    </svg>
  );
  return (
    <div className={`group relative w-full ${height} rounded focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent-500`} data-testid={testId}>
      {svg("text-muted/35")}
      {svg("text-accent-500", { clipPath: `inset(0 ${100 - played}% 0 0)` })}
      <input
        type="range"
        min={0}
        max={Math.floor(duration)}
        step={1}
        value={Math.min(Math.floor(seconds), Math.floor(duration))}
        onChange={(e) => onSeek(Number(e.target.value))}
        aria-label={label ?? t("seek")}
        aria-valuetext={t("position", { current: formatDuration(seconds * 1000), total: formatDuration(duration * 1000) })}
        className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
      />
      {markers?.length ? (
        <ul className="pointer-events-none absolute inset-x-0 -bottom-3 h-6" aria-label={t("timedComments")}>
          {markers.map((m) => (
            <li key={m.id} className="absolute -translate-x-1/2" style={{ left: `${Math.min(100, (m.atMs / 1000 / duration) * 100)}%` }}>
              <button
                type="button"
                onClick={() => onMarker?.(m)}
                title={m.label}
                aria-label={t("marker", { label: m.label, time: formatDuration(m.atMs) })}
                className="pointer-events-auto block h-5 w-5 overflow-hidden rounded-full border-2 border-bg bg-surface-2 shadow hover:z-10 hover:scale-125"
              >
                {m.avatarUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- 20 px avatar thumbnail
                  <img src={m.avatarUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A track's waveform wired to the player: it follows the track while it plays,
 * and seeking on it while something else plays starts this track there.
 */
export function TrackWaveform({ tracks, index = 0, peaks, from, bars, height, markers, label }: { tracks: QueueTrack[]; index?: number; peaks: string; from?: PlayFrom; bars?: number; height?: string; markers?: WaveformMarker[]; label?: string }) {
  const p = usePlayer();
  const t = useTranslations("player.waveform");
  const track = tracks[index];
  const isCurrent = p.current?.id === track.id;
  const duration = isCurrent && Number.isFinite(p.duration) && p.duration > 0 ? p.duration : track.durationMs / 1000;
  const seek = (seconds: number) => (isCurrent ? p.seek(seconds) : p.playTracks(tracks, index, from, seconds));
  return (
    <Waveform
      peaks={peaks}
      bars={bars}
      height={height}
      seconds={isCurrent ? p.currentTime : 0}
      durationSeconds={duration}
      onSeek={seek}
      label={label ?? t("seekIn", { title: track.title })}
      markers={markers}
      onMarker={(m) => seek(m.atMs / 1000)}
    />
  );
}
