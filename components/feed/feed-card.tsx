import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { ConcertRow } from "@/components/concerts/concert-row";
import type { FeedItem } from "@/lib/feed/queries";
import { formatMoney } from "@/lib/money";
import { relativeTime } from "@/lib/time";

const VERB: Record<FeedItem["kind"], string> = {
  release: "released",
  concert: "announced a show",
  product: "added merch",
  followed: "followed",
};

export function FeedCard({ item }: { item: FeedItem }) {
  return (
    <article className="rounded-3xl border border-line bg-surface p-4">
      <header className="mb-3 flex items-center gap-3">
        <Link href={`/@${item.actor.handle}`}>
          <Avatar src={item.actor.avatarUrl} name={item.actor.name} size={36} />
        </Link>
        <p className="min-w-0 flex-1 text-sm">
          <Link href={`/@${item.actor.handle}`} className="font-semibold hover:underline">
            {item.actor.name}
          </Link>{" "}
          <span className="text-muted">{VERB[item.kind]}</span>
          {item.kind === "followed" ? (
            <>
              {" "}
              <Link href={`/@${item.target.handle}`} className="font-semibold hover:underline">
                {item.target.name}
              </Link>
            </>
          ) : null}
        </p>
        <time dateTime={item.at.toISOString()} className="shrink-0 text-xs text-muted">
          {relativeTime(item.at)}
        </time>
      </header>
      {item.kind === "release" ? (
        <div className="flex gap-4">
          {item.release.coverUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- pre-sized webp from our media route
            <img src={item.release.coverUrl} alt="" className="h-24 w-24 rounded-2xl object-cover sm:h-28 sm:w-28" />
          ) : null}
          <div className="min-w-0">
            <p className="text-xs font-semibold uppercase tracking-wide text-accent-500">{item.release.kind === "ep" ? "EP" : item.release.kind}</p>
            <Link href={`/release/${item.release.id}`} className="block truncate text-lg font-bold hover:underline">
              {item.release.title}
            </Link>
            <p className="text-sm text-muted">
              {item.release.trackCount} {item.release.trackCount === 1 ? "track" : "tracks"}
            </p>
          </div>
        </div>
      ) : item.kind === "concert" ? (
        <ConcertRow concert={item.concert} showArtist={false} />
      ) : item.kind === "product" ? (
        <div className="flex items-center justify-between rounded-2xl bg-surface-2 p-4">
          <p className="font-semibold">{item.product.title}</p>
          <p className="text-sm">
            {formatMoney(item.product.priceMinor, item.product.currency)}
            {item.product.inStock ? "" : <span className="ml-2 text-red-500">Sold out</span>}
          </p>
        </div>
      ) : null}
    </article>
  );
}
