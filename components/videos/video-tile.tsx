import { useTranslations } from "next-intl";
import Link from "next/link";
import type { VideoCard } from "@/lib/videos/queries";
import { formatDuration } from "@/lib/time";

/** A short video that plays in place: poster at once, bytes only when asked for. `action`: a control under it (Report). */
export function VideoTile({ video, showArtist = false, action }: { video: VideoCard; showArtist?: boolean; action?: React.ReactNode }) {
  const t = useTranslations("music.videoTile");
  return (
    <figure className="min-w-0" data-testid="video-tile">
      <div className="relative aspect-[9/16] overflow-hidden rounded-2xl bg-surface-2">
        <video src={video.videoUrl} poster={video.posterUrl ?? undefined} controls playsInline preload="none" className="h-full w-full object-cover" aria-label={video.caption || t("videoBy", { name: video.artist.name })} />
        <span className="pointer-events-none absolute right-2 top-2 rounded-full bg-black/60 px-2 py-0.5 text-[11px] font-semibold text-white">{formatDuration(video.durationMs)}</span>
      </div>
      <figcaption className="mt-2 text-sm">
        {video.caption ? <span className="line-clamp-2">{video.caption}</span> : null}
        {showArtist ? (
          <Link href={`/@${video.artist.handle}`} className="block truncate text-xs text-muted hover:underline">
            {video.artist.name}
          </Link>
        ) : null}
        {video.track ? (
          <Link href={`/track/${video.track.id}`} className="block truncate text-xs text-accent-500 hover:underline">
            ♪ {video.track.title}
          </Link>
        ) : null}
        {action}
      </figcaption>
    </figure>
  );
}
