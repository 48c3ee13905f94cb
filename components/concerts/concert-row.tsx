import { useLocale, useTranslations } from "next-intl";
import { dateFormat } from "@/lib/intl";
import Link from "next/link";
import type { ConcertCard } from "@/lib/concerts/queries";
import { yearUnlessCurrent } from "@/lib/concerts/time";
import { formatMoney } from "@/lib/money";
import { formatInZone } from "@/lib/time";
import { ViewerLocalTime } from "./local-time";

/**
 * One show in a list. On a profile's own list (`profileId`, artist hidden), a show
 * it is only on the bill of says whose show it is ("with <headliner>").
 */
export function ConcertRow({ concert, showArtist = true, profileId }: { concert: ConcertCard; showArtist?: boolean; profileId?: string }) {
  const t = useTranslations("concerts.row");
  const locale = useLocale();
  const dates = locale === "en" ? "en-GB" : locale;
  const year = yearUnlessCurrent(concert.startsAt, concert.timeZone);
  const guest = !showArtist && !!profileId && concert.artist.id !== profileId;
  const day = dateFormat(dates, { timeZone: concert.timeZone, day: "numeric" }).format(concert.startsAt);
  const month = dateFormat(dates, { timeZone: concert.timeZone, month: "short" }).format(concert.startsAt);
  const price =
    concert.priceMinMinor != null && concert.currency
      ? concert.priceMaxMinor && concert.priceMaxMinor !== concert.priceMinMinor
        ? `${formatMoney(concert.priceMinMinor, concert.currency, locale)}–${formatMoney(concert.priceMaxMinor, concert.currency, locale)}`
        : formatMoney(concert.priceMinMinor, concert.currency, locale)
      : null;
  return (
    <div className="flex items-center gap-4 rounded-2xl border border-line bg-surface p-3">
      <div className="flex w-14 shrink-0 flex-col items-center rounded-xl bg-surface-2 py-2">
        <span className="text-xs font-semibold uppercase text-accent-600 dark:text-accent-300">{month}</span>
        <span className="text-xl font-bold leading-none">{day}</span>
        {year ? (
          <span className="mt-0.5 text-[11px] font-medium leading-none text-muted" data-testid="concert-year">
            {year}
          </span>
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        {showArtist ? (
          <Link href={`/@${concert.artist.handle}`} className="block truncate font-semibold hover:underline">
            {concert.artist.name}
          </Link>
        ) : guest ? (
          <Link href={`/@${concert.artist.handle}`} className="block truncate font-semibold hover:underline" data-testid="guest-of">
            {t("guestOf", { name: concert.artist.name })}
          </Link>
        ) : null}
        <Link href={`/concert/${concert.id}`} className="block truncate text-sm leading-6 hover:underline">
          {concert.venueName}, {concert.city}
        </Link>
        <p className="text-xs text-muted">
          <span data-testid="venue-time">{t("venueTime", { when: formatInZone(concert.startsAt, concert.timeZone, year ? { year: "numeric" } : {}, locale) })}</span>
          <ViewerLocalTime iso={concert.startsAt.toISOString()} venueZone={concert.timeZone} compact />
          {price ? ` · ${price}` : ""}
          {concert.status !== "scheduled" ? <span className="ml-1 font-semibold uppercase text-red-700 dark:text-red-400">{t("status", { status: concert.status })}</span> : null}
        </p>
      </div>
      {concert.ticketUrl && concert.status === "scheduled" && !concert.past ? (
        <a href={concert.ticketUrl} rel="noopener noreferrer nofollow" target="_blank" className="hidden rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2 sm:inline">
          {t("tickets")}
        </a>
      ) : null}
    </div>
  );
}
