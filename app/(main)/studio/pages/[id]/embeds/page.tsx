import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmbedGenerator } from "@/components/studio/embed-generator";
import { Section } from "@/components/ui/section";
import { requestOrigin } from "@/lib/site-server";
import { peopleLabel } from "@/lib/studio/privacy";
import { getFollowsByWebsite } from "@/lib/studio/queries";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studioMusic");
  return { title: t("meta.embeds") };
}

export default async function StudioEmbeds({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "embeds");
  const [byWebsite, origin, t, format] = await Promise.all([getFollowsByWebsite(page.id), requestOrigin(), getTranslations("studioMusic"), getFormatter()]);
  // lib/studio's peopleLabel() in the page's language: 1 to 4 people read "fewer than 5".
  const people = (n: number): string => peopleLabel(n, (count) => format.number(count), (min) => t("stats.fewerThan", { min }));
  return (
    <>
      <Section title={t("embedsPage.followButton")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <EmbedGenerator handle={page.handle} origin={origin} />
        </div>
      </Section>
      <Section title={t("embedsPage.byWebsite")}>
        {byWebsite.length === 0 ? (
          <p className="text-sm text-muted">{t("embedsPage.none")}</p>
        ) : (
          <table className="w-full max-w-lg text-sm" data-testid="follows-by-website">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">{t("embedsPage.website")}</th>
                <th className="py-1.5 text-right font-medium">{t("embedsPage.follows")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {byWebsite.map((w) => (
                <tr key={w.origin}>
                  <td className="py-2">{w.origin}</td>
                  <td className="py-2 text-right tabular-nums">{people(w.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-xs text-muted">{t("embedsPage.note")}</p>
      </Section>
    </>
  );
}
