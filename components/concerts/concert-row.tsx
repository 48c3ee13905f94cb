import Link from "next/link";
import type { ConcertCard } from "@/lib/concerts/queries";
import { formatMoney } from "@/lib/money";
import { formatInZone } from "@/lib/time";
import { ViewerLocalTime } from "./local-time";

export function ConcertRow({ concert, showArtist = true }: { concert: ConcertCard; showArtist?: boolean }) {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone: concert.timeZone, day: "numeric" }).format(concert.startsAt);
  const month = new Intl.DateTimeFormat("en-GB", { timeZone: concert.timeZone, month: "short" }).format(concert.startsAt);
  const price =
    concert.priceMinMinor != null && concert.currency
      ? concert.priceMaxMinor && concert.priceMaxMinor !== concert.priceMinMinor
        ? `${formatMoney(concert.priceMinMinor, concert.currency)}–${formatMoney(concert.priceMaxMinor, concert.currency)}`
        : formatMoney(concert.priceMinMinor, concert.currency)
      : null;
  return (
    <div className="flex items-center gap-4 rounded-2xl border border-line bg-surface p-3">
      <div className="flex w-14 shrink-0 flex-col items-center rounded-xl bg-surface-2 py-2">
        <span className="text-xs font-semibold uppercase text-accent-500">{month}</span>
        <span className="text-xl font-bold leading-none">{day}</span>
      </div>
      <div className="min-w-0 flex-1">
        {showArtist ? (
          <Link href={`/@${concert.artist.handle}`} className="block truncate font-semibold hover:underline">
            {concert.artist.name}
          </Link>
        ) : null}
        <Link href={`/concert/${concert.id}`} className="block truncate text-sm hover:underline">
          {concert.venueName}, {concert.city}
        </Link>
        <p className="text-xs text-muted">
          <span data-testid="venue-time">{formatInZone(concert.startsAt, concert.timeZone)} venue time</span>
          <ViewerLocalTime iso={concert.startsAt.toISOString()} venueZone={concert.timeZone} compact />
          {price ? ` · ${price}` : ""}
          {concert.status !== "scheduled" ? <span className="ml-1 font-semibold uppercase text-red-500">{concert.status}</span> : null}
        </p>
      </div>
      {concert.ticketUrl && concert.status === "scheduled" && !concert.past ? (
        <a href={concert.ticketUrl} rel="noopener noreferrer nofollow" target="_blank" className="hidden rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2 sm:inline">
          Tickets
        </a>
      ) : null}
    </div>
  );
}
