import type { Metadata } from "next";
import { AnnouncementForm } from "@/components/studio/announcement-form";
import { Section } from "@/components/ui/section";
import { ActionButton } from "@/components/ui/action-button";
import { deleteAnnouncementAction } from "@/lib/studio/actions";
import { peopleLabel } from "@/lib/studio/privacy";
import { getAnnouncementPanel } from "@/lib/studio/queries";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Announcements · Studio" };

export default async function StudioAnnouncements({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "announcements");
  const announcements = await getAnnouncementPanel(page.id);
  return (
    <Section title="Announcements">
      <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
        <AnnouncementForm profileId={page.id} left={announcements.left} perWeek={announcements.perWeek} />
        {announcements.history.length ? (
          <table className="w-full text-sm" data-testid="announcement-stats">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">Posted</th>
                <th className="py-1.5 text-right font-medium">Reach</th>
                <th className="py-1.5 text-right font-medium">Muted in 48 h</th>
                <th className="py-1.5 text-right font-medium">Unfollowed in 48 h</th>
                <th className="py-1.5">
                  <span className="sr-only">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {announcements.history.map((a) => (
                <tr key={a.id}>
                  <td className="max-w-64 truncate py-2 pr-2">{a.body}</td>
                  <td className="py-2 text-right tabular-nums">{a.reach}</td>
                  <td className="py-2 text-right tabular-nums">{peopleLabel(a.muted)}</td>
                  <td className="py-2 text-right tabular-nums">{peopleLabel(a.unfollowed)}</td>
                  <td className="py-2 pl-2 text-right">
                    <ActionButton run={deleteAnnouncementAction.bind(null, { profileId: page.id, announcementId: a.id })} label="Delete" ariaLabel={`Delete the announcement “${a.body.slice(0, 40)}”`} confirm="Delete it?" variant="ghost" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </Section>
  );
}
