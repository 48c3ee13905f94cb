import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { ConcertForm } from "@/components/studio/concert-form";
import { PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { BarList } from "@/components/studio/charts";
import { may } from "@/lib/auth/policy";
import { getConcertForEdit, getInterestByCity } from "@/lib/concerts/queries";
import { isId } from "@/lib/ids";
import { getManagedPage } from "@/lib/studio/queries";
import { formatInZone } from "@/lib/time";

import { countryName, countryOptions } from "@/lib/markets/countries";
import { isWithheld } from "@/lib/studio/privacy";
import { ConcertStatusForm } from "./status-form";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.manageShow") };
}

type Props = { params: Promise<{ id: string; concertId: string }> };

/** Cities shown with their count first (most first), then the withheld ones by name: their order must not say which is bigger. */
const byPlace = <R extends { label: string; value: number }>(rows: R[]): R[] => [...rows.filter((r) => !isWithheld(r.value)), ...rows.filter((r) => isWithheld(r.value)).sort((a, b) => a.label.localeCompare(b.label))];

export default async function ManageConcertPage({ params }: Props) {
  const { id, concertId } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}/concerts/${concertId}`);
  const page = await getManagedPage(viewer.userId, id, "announce_shows");
  // Another account's page or show looks exactly like a missing one.
  const found = page && isId(concertId) ? (await getConcertForEdit(concertId, page.id)) : null;
  if (!page || !found) notFound();
  const { concert, values, past } = found;
  // Where the interested live: a number for those who may read the page's numbers (lib/auth/policy read_stats).
  const [t, locale, cities] = await Promise.all([getTranslations("studio"), getLocale(), may(page.role, page.kind, "read_stats") ? getInterestByCity(concert.id) : null]);
  const countries = countryOptions(locale);
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/concerts`} label={t("sections.concerts")} />
      <PageTitle
        level={2}
        title={`${concert.venueName}, ${concert.city}`}
        subtitle={t("concerts.subtitle", { date: formatInZone(concert.startsAt, concert.timeZone, { year: "numeric" }, locale), status: concert.status, count: concert.interestedCount })}
        action={
          <Link href={`/concert/${concert.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {t("concerts.view")}
          </Link>
        }
      />
      {cities ? (
        <Section title={t("concerts.interestTitle")}>
          <BarList
            id="interest-cities"
            title={t("concerts.interestByCity")}
            rows={byPlace(cities.map((c) => ({ key: `${c.city ?? ""}|${c.country ?? ""}`, label: [c.city ?? t("concerts.cityUnknown"), c.country ? countryName(c.country, locale) : null].filter(Boolean).join(", "), value: c.people })))}
            people
            unit={t("concerts.interestedPeople")}
            empty={t("concerts.noInterest")}
          />
        </Section>
      ) : null}
      <Section title={t("concerts.statusTitle")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <ConcertStatusForm profileId={page.id} concertId={concert.id} status={concert.status} past={past} />
        </div>
      </Section>
      {concert.status === "cancelled" ? null : (
        <Section title={t("concerts.details")}>
          <div className="rounded-3xl border border-line bg-surface p-5">
            <ConcertForm
              profileId={page.id}
              countries={countries}
              zones={Intl.supportedValuesOf("timeZone")}
              defaults={{ city: values.city, country: values.country, timeZone: values.timeZone, currency: values.currency }}
              edit={{ concertId: concert.id, values }}
            />
          </div>
        </Section>
      )}
    </>
  );
}
