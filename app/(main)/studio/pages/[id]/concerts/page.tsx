import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConcertForm } from "@/components/studio/concert-form";
import { Section } from "@/components/ui/section";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { COUNTRY_OPTIONS } from "@/lib/markets/countries";
import { StudioConcertList } from "../concert-list";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Concerts · Studio" };

export default async function StudioConcerts({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "concerts");
  if (page.kind === "publication") notFound();
  return (
    <Section title="Concerts">
      <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
        <StudioConcertList pageId={page.id} concerts={await listStudioConcerts(page.id)} />
        <h3 className="border-t border-line pt-4 font-semibold">Announce a show</h3>
        <ConcertForm
          profileId={page.id}
          countries={[...COUNTRY_OPTIONS]}
          zones={Intl.supportedValuesOf("timeZone")}
          defaults={{ city: page.city ?? "", country: page.country ?? "", timeZone: "Europe/Berlin", currency: "EUR" }}
        />
      </div>
    </Section>
  );
}
