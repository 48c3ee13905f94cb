import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConcertRow } from "@/components/concerts/concert-row";
import { EmptyState, Section } from "@/components/ui/section";
import { listProfileConcerts } from "@/lib/concerts/queries";

/**
 * A creator's "On tour" section: its own shows and those it is on the bill of
 * ("with <headliner>"), upcoming first; past ones on demand.
 */
export async function ProfileConcerts({ profile, showPast }: { profile: { id: string; handle: string }; showPast: boolean }) {
  const t = await getTranslations("profile.shows");
  const upcoming = await listProfileConcerts(profile.id, "upcoming");
  const pastShows = showPast ? (await listProfileConcerts(profile.id, "past")) : [];
  return (
    <Section
      title={t("title")}
      id="concerts"
      action={
        <span className="flex gap-3 text-sm font-medium">
          <Link href={showPast ? `/@${profile.handle}#concerts` : `/@${profile.handle}?shows=past#concerts`} scroll={false} className="text-accent-500 hover:underline">
            {showPast ? t("hidePast") : t("past")}
          </Link>
          <a href={`/@${profile.handle}/concerts.ics`} className="text-muted hover:underline" title={t("calendarHint")}>
            {t("calendarFeed")}
          </a>
        </span>
      }
    >
      {upcoming.length === 0 ? (
        <EmptyState title={t("noUpcoming")} />
      ) : (
        <ul className="space-y-3">
          {upcoming.map((c) => (
            <li key={c.id}>
              <ConcertRow concert={c} showArtist={false} profileId={profile.id} />
            </li>
          ))}
        </ul>
      )}
      {showPast ? (
        <div className="mt-6" data-testid="past-shows">
          <h3 className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">{t("past")}</h3>
          {pastShows.length === 0 ? (
            <p className="text-sm text-muted">{t("noPast")}</p>
          ) : (
            <ul className="space-y-3 opacity-80">
              {pastShows.map((c) => (
                <li key={c.id}>
                  <ConcertRow concert={c} showArtist={false} profileId={profile.id} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </Section>
  );
}
