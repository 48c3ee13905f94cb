import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ConcertRow } from "@/components/concerts/concert-row";
import { PlayButton } from "@/components/player/play-button";
import { Avatar } from "@/components/ui/avatar";
import { VideoTile } from "@/components/videos/video-tile";
import { PlaylistCover } from "@/components/playlists/playlist-cover";
import type { FeedItem } from "@/lib/feed/types";
import { formatMoney } from "@/lib/money";
import { RelativeTime } from "@/components/ui/relative-time";
import { RemotePostView } from "@/components/federation/remote-post-card";

/** One stream item; renders on the server and in the client list alike. */
export function FeedCard({ item }: { item: FeedItem }) {
  const t = useTranslations("feed");
  const locale = useLocale();
  if (item.kind === "remote") return <RemotePostView post={item.post} />;
  const lead = item.actors[0];
  const at = new Date(item.at);
  return (
    <article className="rounded-3xl border border-line bg-surface p-4" data-testid="feed-item" data-kind={item.kind}>
      <header className={`flex items-center gap-3 ${item.kind === "followed" ? "" : "mb-3"}`}>
        <div className="flex -space-x-2">
          {item.actors.map((a) => (
            <Link key={a.id} href={`/@${a.handle}`} aria-label={a.name} className="rounded-full ring-2 ring-surface">
              <Avatar src={a.avatarUrl ? `${a.avatarUrl}?w=96` : null} name={a.name} size={36} />
            </Link>
          ))}
        </div>
        <p className="min-w-0 flex-1 text-sm">
          <Link href={`/@${lead.handle}`} className="font-semibold hover:underline">
            {t("actors", { first: item.actors[0]?.name ?? "", second: item.actors[1]?.name ?? "", others: Math.max(0, item.actorCount - 1) })}
          </Link>{" "}
          <span className="text-muted">{item.kind === "track" && item.shared ? t("verbs.shared", { count: item.actorCount }) : t(`verbs.${item.kind}`, { count: item.actorCount })}</span>
          {item.kind === "followed" ? (
            <>
              {" "}
              <Link href={`/@${item.target.handle}`} className="font-semibold hover:underline">
                {item.target.name}
              </Link>
            </>
          ) : null}
        </p>
        <RelativeTime at={at} className="shrink-0 text-xs text-muted" />
      </header>
      {item.kind === "release" ? (
        <div className="flex items-center gap-4">
          {/* The title beside it is the same link: the cover is for the mouse and touch only. */}
          <Link href={`/release/${item.release.id}`} className="shrink-0" tabIndex={-1} aria-hidden="true">
            {item.release.coverUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- pre-sized webp from our media route
              <img src={item.release.coverUrl} alt="" className="h-24 w-24 rounded-2xl object-cover sm:h-28 sm:w-28" />
            ) : (
              <span className="block h-24 w-24 rounded-2xl bg-surface-2" />
            )}
          </Link>
          <div className="min-w-0 flex-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-accent-500">{t("releaseKind", { kind: item.release.kind })}</p>
            <Link href={`/release/${item.release.id}`} className="block truncate text-lg font-bold hover:underline">
              {item.release.title}
            </Link>
            <p className="text-sm text-muted">
              {t("trackCount", { count: item.release.trackCount })}
            </p>
          </div>
          {item.release.tracks.length ? <PlayButton tracks={item.release.tracks} label={item.release.title} /> : null}
        </div>
      ) : item.kind === "track" ? (
        <div className="flex items-center gap-4 rounded-2xl bg-surface-2 p-3">
          {item.track.coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- pre-sized webp from our media route
            <img src={item.track.coverUrl} alt="" className="h-16 w-16 rounded-xl object-cover" />
          ) : null}
          <div className="min-w-0 flex-1">
            <Link href={`/track/${item.track.id}`} className="block truncate font-semibold hover:underline">
              {item.track.title}
            </Link>
            <Link href={`/@${item.track.artistHandle}`} className="block truncate text-sm text-muted hover:underline">
              {item.track.artist}
            </Link>
          </div>
          <PlayButton tracks={[item.track]} label={t("trackBy", { title: item.track.title, artist: item.track.artist })} />
        </div>
      ) : item.kind === "video" ? (
        <div className="max-w-xs">
          <VideoTile video={item.video} />
        </div>
      ) : item.kind === "concert" ? (
        <ConcertRow concert={{ ...item.concert, startsAt: new Date(item.concert.startsAt) }} showArtist={false} />
      ) : item.kind === "product" ? (
        <Link href={`/merch/${item.product.id}`} className="flex items-center gap-4 rounded-2xl bg-surface-2 p-3 hover:bg-surface-2/70">
          {item.product.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- product photo from our media route
            <img src={item.product.imageUrl} alt="" className="h-16 w-16 rounded-xl object-cover" />
          ) : null}
          <p className="min-w-0 flex-1 truncate font-semibold">{item.product.title}</p>
          <p className="text-sm">
            {formatMoney(item.product.priceMinor, item.product.currency, locale)}
            {item.product.inStock ? "" : <span className="ml-2 text-red-700 dark:text-red-400">{t("soldOut")}</span>}
          </p>
        </Link>
      ) : item.kind === "playlist" ? (
        <div className="flex gap-4">
          <Link href={`/playlist/${item.playlist.id}`} className="shrink-0" tabIndex={-1} aria-hidden="true">
            <PlaylistCover cover={item.playlist.cover} className="h-24 w-24 rounded-2xl sm:h-28 sm:w-28" />
          </Link>
          <div className="min-w-0 flex-1">
            <Link href={`/playlist/${item.playlist.id}`} className="block truncate text-lg font-bold hover:underline">
              {item.playlist.title}
            </Link>
            <p className="text-sm text-muted">
              {t("playlistAdded", { count: item.added, owner: item.playlist.owner.name })}
            </p>
            <ol className="mt-1 text-sm">
              {item.tracks.map((t) => (
                <li key={t.id} className="truncate">
                  <Link href={`/track/${t.id}`} className="hover:underline">
                    {t.title}
                  </Link>{" "}
                  <span className="text-muted">· {t.artist}</span>
                </li>
              ))}
            </ol>
          </div>
          <PlayButton tracks={item.tracks} label={t("newTracksIn", { title: item.playlist.title })} />
        </div>
      ) : item.kind === "announcement" ? (
        <p className="whitespace-pre-line rounded-2xl bg-surface-2 p-4">{item.announcement.body}</p>
      ) : null}
    </article>
  );
}
