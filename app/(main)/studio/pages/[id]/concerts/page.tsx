import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConcertForm } from "@/components/studio/concert-form";
import { Section } from "@/components/ui/section";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { StudioConcertList } from "../concert-list";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";
import { countryOptions } from "@/lib/markets/countries";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.concerts") };
}

export default async function StudioConcerts({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "concerts");
  if (page.kind === "publication") notFound();
  const [t, locale] = await Promise.all([getTranslations("studio"), getLocale()]);
  return (
    <Section title={t("sections.concerts")}>
      <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
        <StudioConcertList pageId={page.id} concerts={await listStudioConcerts(page.id)} />
        <h3 className="border-t border-line pt-4 font-semibold">{t("concerts.announce")}</h3>
        <ConcertForm
          profileId={page.id}
          countries={countryOptions(locale)}
          zones={Intl.supportedValuesOf("timeZone")}
          defaults={{ city: page.city ?? "", country: page.country ?? "", timeZone: "Europe/Berlin", currency: "EUR" }}
        />
      </div>
    </Section>
  );
}
