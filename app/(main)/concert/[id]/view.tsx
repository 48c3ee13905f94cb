import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ViewerLocalTime } from "@/components/concerts/local-time";
import { ShareMenu } from "@/components/share/share-menu";
import { Avatar } from "@/components/ui/avatar";
import { isId } from "@/lib/ids";
import { getConcertPage, isInterested } from "@/lib/concerts/queries";
import type { Viewer } from "@/lib/auth/viewer";
import { showsProfiles } from "@/lib/cache/public-pages";
import { InterestButton } from "@/components/concerts/interest-button";
import { countryName } from "@/lib/markets/countries";
import { jsonForScript } from "@/lib/html";
import { formatMoney } from "@/lib/money";
import { requestOrigin } from "@/lib/site-server";
import { formatInZone } from "@/lib/time";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { pagesWhere } from "@/lib/auth/viewer-data";

const load = async (id: string) => (isId(id) ? (await getConcertPage(id)) : null);

export async function concertMetadata(id: string): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("concerts.concertPage"), getLocale()]);
  const c = await load(id);
  if (!c) return { title: t("notFound") };
  const when = formatInZone(c.startsAt, c.timeZone, { year: "numeric" }, locale);
  const origin = await requestOrigin();
  const live = t("metaLive", { artist: c.artist.name, city: c.city });
  const whenWhere = t("metaWhen", { when, venue: c.venueName });
  return {
    title: t("metaTitle", { artist: c.artist.name, venue: c.venueName, city: c.city }),
    description: `${when} (${c.timeZone}) · ${c.venueName}, ${c.city}.`,
    alternates: { canonical: `/concert/${c.id}`, types: { "application/json+oembed": `${origin}/oembed?url=${encodeURIComponent(`${origin}/concert/${c.id}`)}&format=json` } },
    openGraph: { type: "website", title: live, description: whenWhere, url: `/concert/${c.id}`, siteName: "Chorus", images: c.artist.avatarUrl ? [{ url: c.artist.avatarUrl, width: IMAGE_LIMITS.avatar.width, height: IMAGE_LIMITS.avatar.height }] : [] },
    twitter: { card: "summary", title: live, description: whenWhere },
  };
}

/** The page for a viewer (null: signed out, the same for everyone and cached: app/(cached)). */
export async function ConcertView({ id, viewer, cached = false }: { id: string; viewer: Viewer | null; cached?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("concerts.concertPage"), getLocale()]);
  const c = await load(id);
  if (!c) notFound();
  if (cached) await showsProfiles([c.artistProfileId]);
  const origin = await requestOrigin();
  const manages = !!viewer && pagesWhere(viewer, "announce_shows").some((p) => p.id === c.artistProfileId);
  const price = c.priceMinMinor != null && c.currency ? (c.priceMaxMinor && c.priceMaxMinor !== c.priceMinMinor ? `${formatMoney(c.priceMinMinor, c.currency, locale)}–${formatMoney(c.priceMaxMinor, c.currency, locale)}` : formatMoney(c.priceMinMinor, c.currency, locale)) : null;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "MusicEvent",
    name: `${c.artist.name} at ${c.venueName}`,
    startDate: c.startsAt.toISOString(),
    eventStatus: `https://schema.org/${c.status === "cancelled" ? "EventCancelled" : c.status === "postponed" ? "EventPostponed" : "EventScheduled"}`,
    location: { "@type": "MusicVenue", name: c.venueName, address: { "@type": "PostalAddress", streetAddress: c.address, addressLocality: c.city, addressCountry: c.country } },
    performer: [{ "@type": "MusicGroup", name: c.artist.name, url: `${origin}/@${c.artist.handle}` }, ...c.lineup.map((l) => ({ "@type": "MusicGroup", name: l.name }))],
    ...(c.ticketUrl ? { offers: { "@type": "Offer", url: c.ticketUrl, ...(c.priceMinMinor != null ? { price: (c.priceMinMinor / 100).toFixed(2), priceCurrency: c.currency } : {}) } } : {}),
  };
  return (
    <article className="max-w-2xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <p className="text-sm font-semibold uppercase tracking-wide text-accent-500">{t("kicker", { status: c.status })}</p>
      <h1 className="mt-1 text-3xl font-extrabold tracking-tight">{t("heading", { artist: c.artist.name, venue: c.venueName })}</h1>
      {c.status === "cancelled" ? (
        <p role="status" className="mt-4 rounded-2xl border border-red-500/40 bg-red-500/10 px-4 py-3 text-sm font-medium text-red-700 dark:text-red-300">
          {t("cancelled")}
        </p>
      ) : c.status === "postponed" ? (
        <p role="status" className="mt-4 rounded-2xl border border-amber-500/40 bg-amber-500/10 px-4 py-3 text-sm font-medium text-amber-800 dark:text-amber-300">
          {c.rescheduled ? t("postponedTo") : t("postponed")}
        </p>
      ) : null}
      <Link href={`/@${c.artist.handle}`} className="mt-4 flex items-center gap-3">
        <Avatar src={c.artist.avatarUrl} name={c.artist.name} size={40} />
        <span className="font-semibold hover:underline">{c.artist.name}</span>
      </Link>
      <dl className="mt-6 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
        <dt className="text-muted">{t("venueTime")}</dt>
        <dd data-testid="venue-time">
          {formatInZone(c.startsAt, c.timeZone, { year: "numeric" }, locale)} <span className="text-muted">({c.timeZone.replace(/_/g, " ")})</span>
        </dd>
        <dt className="text-muted">{t("yourTime")}</dt>
        <dd>
          <ViewerLocalTime iso={c.startsAt.toISOString()} venueZone={c.timeZone} />
        </dd>
        <dt className="text-muted">{t("where")}</dt>
        <dd>
          {c.venueName}
          {c.address ? `, ${c.address}` : ""}, {c.city}, {countryName(c.country, locale)}
        </dd>
        {c.lineup.length ? (
          <>
            <dt className="text-muted">{t("lineup")}</dt>
            <dd>
              {c.lineup.map((l, i) => (
                <span key={i}>
                  {i ? ", " : ""}
                  {l.handle ? (
                    <Link href={`/@${l.handle}`} className="hover:underline">
                      {l.name}
                    </Link>
                  ) : (
                    l.name
                  )}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {price ? (
          <>
            <dt className="text-muted">{t("tickets")}</dt>
            <dd>{price}</dd>
          </>
        ) : null}
      </dl>
      {manages ? (
        <p className="mt-6 rounded-2xl bg-surface-2 px-4 py-3 text-sm">
          <span className="font-semibold" data-testid="concert-interested">
            {t("interested", { count: c.interestedCount })}
          </span>{" "}
          <span className="text-muted">{t("teamOnly")}</span> ·{" "}
          <Link href={`/studio/pages/${c.artistProfileId}/concerts/${c.id}`} className="font-semibold underline">
            {t("manage")}
          </Link>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-start gap-3">
        {!manages && !c.past && c.status !== "cancelled" ? <InterestButton concertId={c.id} initial={viewer ? (await isInterested(c.id, viewer.profile.id)) : false} signedIn={!!viewer} /> : null}
        {c.ticketUrl && c.status === "scheduled" ? (
          <a href={c.ticketUrl} target="_blank" rel="noopener noreferrer nofollow" className="inline-flex h-10 items-center rounded-full bg-accent-600 px-5 text-sm font-semibold text-white hover:bg-accent-500">
            {t("getTickets")}
          </a>
        ) : null}
        {c.status === "cancelled" ? null : (
          <a href={`/concert/${c.id}/calendar.ics`} className="inline-flex h-10 items-center rounded-full border border-line px-4 text-sm font-semibold hover:bg-surface-2" download>
            {t("addToCalendar")}
          </a>
        )}
        <ShareMenu url={`${origin}/concert/${c.id}`} title={t("heading", { artist: c.artist.name, venue: c.venueName })} send={{ type: "concert", id: c.id }} />
      </div>
    </article>
  );
}
