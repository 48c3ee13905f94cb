"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { LikeButton } from "@/components/music/like-button";
import { compactNumber, formatDuration } from "@/lib/time";
import { AddToQueueButton, PlayButton } from "./play-button";
import { usePlayer, type PlayFrom } from "./player-provider";
import type { QueueTrack } from "./types";
import { TrackWaveform } from "./waveform";
import { AddToPlaylist } from "@/components/playlists/add-to-playlist";

export type TrackRow = QueueTrack & { playCount: number; explicit?: boolean; peaks?: string | null };

/** A numbered track list; playing one queues the rest after it. Signed in, each row can go into a playlist. */
export function TrackList({ tracks, showArtist = false, from, liked, signedIn = liked?.signedIn ?? false }: { tracks: TrackRow[]; showArtist?: boolean; from?: PlayFrom; liked?: { ids: string[]; signedIn: boolean }; signedIn?: boolean }) {
  const p = usePlayer();
  const tr = useTranslations("player.trackList");
  const locale = useLocale();
  return (
    <ol className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="track-list">
      {tracks.map((t, i) => (
        <li key={t.id} className={`flex items-center gap-3 px-3 py-2 sm:px-4 ${p.current?.id === t.id ? "bg-accent-500/5" : ""}`}>
          <PlayButton tracks={tracks} index={i} size="sm" from={from} />
          {t.coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- small cover thumbnail
            <img src={t.coverUrl} alt="" className="hidden h-10 w-10 rounded-lg object-cover sm:block" loading="lazy" />
          ) : null}
          <div className="min-w-0 flex-1">
            <Link href={`/track/${t.id}`} className={`block truncate font-medium hover:underline ${p.current?.id === t.id ? "text-accent-500" : ""}`}>
              {t.title}
              {t.explicit ? <span className="ml-1.5 rounded bg-surface-2 px-1 text-[10px] font-bold text-muted" title={tr("explicit")}>E</span> : null}
            </Link>
            {showArtist ? (
              <Link href={`/@${t.artistHandle}`} className="block min-h-6 truncate text-sm leading-6 text-muted hover:underline">
                {t.artist}
              </Link>
            ) : null}
          </div>
          {t.peaks ? (
            <div className="hidden w-40 shrink-0 lg:block xl:w-56">
              <TrackWaveform tracks={tracks} index={i} peaks={t.peaks} from={from} bars={90} height="h-8" />
            </div>
          ) : null}
          <span className="hidden text-sm text-muted sm:inline">{tr("plays", { count: t.playCount, shown: compactNumber(t.playCount, locale) })}</span>
          <span className="w-10 text-right text-sm tabular-nums text-muted">{formatDuration(t.durationMs)}</span>
          {liked ? <LikeButton trackId={t.id} title={t.title} initial={liked.ids.includes(t.id)} signedIn={liked.signedIn} size="sm" /> : null}
          {signedIn ? (
            <div className="hidden sm:block">
              <AddToPlaylist trackId={t.id} title={t.title} compact />
            </div>
          ) : null}
          <AddToQueueButton track={t} />
        </li>
      ))}
    </ol>
  );
}
