import type { Metadata } from "next";
import { EmbedGenerator } from "@/components/studio/embed-generator";
import { Section } from "@/components/ui/section";
import { requestOrigin } from "@/lib/site-server";
import { peopleLabel } from "@/lib/studio/privacy";
import { getFollowsByWebsite } from "@/lib/studio/queries";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Embeds · Studio" };

export default async function StudioEmbeds({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "embeds");
  const [byWebsite, origin] = await Promise.all([getFollowsByWebsite(page.id), requestOrigin()]);
  return (
    <>
      <Section title="Follow button for your website">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <EmbedGenerator handle={page.handle} origin={origin} />
        </div>
      </Section>
      <Section title="Follows by website">
        {byWebsite.length === 0 ? (
          <p className="text-sm text-muted">No follows from embedded buttons yet. Paste the snippet above on your site to start.</p>
        ) : (
          <table className="w-full max-w-lg text-sm" data-testid="follows-by-website">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">Website</th>
                <th className="py-1.5 text-right font-medium">Follows</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {byWebsite.map((w) => (
                <tr key={w.origin}>
                  <td className="py-2">{w.origin}</td>
                  <td className="py-2 text-right tabular-nums">{peopleLabel(w.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-xs text-muted">Totals only: Chorus never tells anyone who followed from where, and fewer than 5 reads “fewer than 5”.</p>
      </Section>
    </>
  );
}
