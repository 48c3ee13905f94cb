"use client";

import { useLocale, useTranslations } from "next-intl";
import { dateFormat } from "@/lib/intl";
import Link from "next/link";
import { PlayButton } from "@/components/player/play-button";
import { Avatar } from "@/components/ui/avatar";
import { VideoTile } from "@/components/videos/video-tile";
import type { MessageCard as Card } from "@/lib/messages/cards";
import { formatMoney } from "@/lib/money";

const box = "mt-1.5 flex items-center gap-3 rounded-2xl border border-line bg-surface p-2.5 text-left text-fg";

/** A shared object inside a conversation: plays, links, shows date or price. */
export function MessageCard({ card }: { card: Card }) {
  const t = useTranslations("messages.card");
  const locale = useLocale();
  const dates = locale === "en" ? "en-GB" : locale;
  switch (card.kind) {
    case "playlist":
      return (
        <Link href={`/playlist/${card.playlist.id}`} className={box} data-testid="message-card">
          <span aria-hidden className="flex h-12 w-12 shrink-0 items-center justify-center rounded-lg bg-accent-500/15 text-lg text-accent-600">
            ♫
          </span>
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">{card.playlist.title}</span>
            <span className="block truncate text-xs text-muted">
              {t("playlist", { owner: card.playlist.owner, count: card.playlist.trackCount })}
            </span>
          </span>
        </Link>
      );
    case "gone":
      return (
        <p className={`${box} text-sm text-muted`} data-testid="message-card">
          {t("gone", { type: card.type })}
        </p>
      );
    case "track":
      return (
        <div className={box} data-testid="message-card">
          <PlayButton tracks={[card.track]} label={t("trackLabel", { title: card.track.title, artist: card.track.artist })} size="sm" />
          <div className="min-w-0">
            <Link href={`/track/${card.track.id}`} className="block truncate text-sm font-semibold hover:underline">
              {card.track.title}
            </Link>
            <Link href={`/@${card.track.artistHandle}`} className="block truncate text-xs text-muted hover:underline">
              {card.track.artist}
            </Link>
          </div>
        </div>
      );
    case "release":
      return (
        <Link href={`/release/${card.release.id}`} className={box} data-testid="message-card">
          {card.release.coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- cover from our media route
            <img src={card.release.coverUrl} alt="" className="h-12 w-12 rounded-lg object-cover" />
          ) : null}
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">{card.release.title}</span>
            <span className="block truncate text-xs capitalize text-muted">
              {t("release", { kind: card.release.kind, artist: card.release.artist.name, count: card.release.trackCount })}
            </span>
          </span>
        </Link>
      );
    case "profile":
      return (
        <Link href={`/@${card.profile.handle}`} className={box} data-testid="message-card">
          <Avatar src={card.profile.avatarUrl} name={card.profile.name} size={40} />
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">{card.profile.name}</span>
            <span className="block truncate text-xs text-muted">
              <span className="capitalize">{t("profileKind", { kind: card.profile.kind })}</span> · @{card.profile.handle}
            </span>
          </span>
        </Link>
      );
    case "concert": {
      const at = new Date(card.concert.startsAt);
      const when = dateFormat(dates, { timeZone: card.concert.timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
      return (
        <Link href={`/concert/${card.concert.id}`} className={box} data-testid="message-card">
          <span className="flex h-12 w-12 flex-col items-center justify-center rounded-lg bg-surface-2 text-xs font-semibold uppercase text-accent-600 dark:text-accent-300">
            {dateFormat(dates, { timeZone: card.concert.timeZone, month: "short" }).format(at)}
            <span className="text-base leading-none text-fg">{dateFormat(dates, { timeZone: card.concert.timeZone, day: "numeric" }).format(at)}</span>
          </span>
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">
              {t("concertTitle", { artist: card.concert.artist.name, city: card.concert.city })}
            </span>
            <span className="block truncate text-xs text-muted">
              {card.concert.venueName} · {when}
              {card.concert.status !== "scheduled" ? ` · ${t("concertStatus", { status: card.concert.status })}` : ""}
            </span>
          </span>
        </Link>
      );
    }
    case "video":
      return (
        <div className="mt-1.5 w-44 text-left" data-testid="message-card">
          <VideoTile video={card.video} showArtist />
        </div>
      );
    case "product":
      return (
        <Link href={`/merch/${card.product.id}`} className={box} data-testid="message-card">
          {card.product.imageUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- product photo from our media route
            <img src={card.product.imageUrl} alt="" className="h-12 w-12 rounded-lg object-cover" />
          ) : null}
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">{card.product.title}</span>
            <span className="block truncate text-xs text-muted">
              {formatMoney(card.product.priceMinor, card.product.currency, locale)} · {card.product.seller}
            </span>
          </span>
        </Link>
      );
  }
}
