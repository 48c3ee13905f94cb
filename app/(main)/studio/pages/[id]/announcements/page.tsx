import { getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/studio/announcement-form";
import { Section } from "@/components/ui/section";
import { ActionButton } from "@/components/ui/action-button";
import { deleteAnnouncementAction } from "@/lib/studio/actions";
import { getAnnouncementPanel } from "@/lib/studio/queries";
import { loadStudioPage, studioFormat, type StudioSectionProps } from "../studio-page";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.announcements") };
}

export default async function StudioAnnouncements({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "announcements");
  const [announcements, { t, people }] = await Promise.all([getAnnouncementPanel(page.id), studioFormat()]);
  return (
    <Section title={t("sections.announcements")}>
      <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
        <AnnouncementForm profileId={page.id} left={announcements.left} perWeek={announcements.perWeek} />
        {announcements.history.length ? (
          <table className="w-full text-sm" data-testid="announcement-stats">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">{t("announcements.posted")}</th>
                <th className="py-1.5 text-right font-medium">{t("announcements.reach")}</th>
                <th className="py-1.5 text-right font-medium">{t("announcements.muted")}</th>
                <th className="py-1.5 text-right font-medium">{t("announcements.unfollowed")}</th>
                <th className="py-1.5">
                  <span className="sr-only">{t("announcements.delete")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {announcements.history.map((a) => (
                <tr key={a.id}>
                  <td className="max-w-64 truncate py-2 pr-2">{a.body}</td>
                  <td className="py-2 text-right tabular-nums">{a.reach}</td>
                  <td className="py-2 text-right tabular-nums">{people(a.muted)}</td>
                  <td className="py-2 text-right tabular-nums">{people(a.unfollowed)}</td>
                  <td className="py-2 pl-2 text-right">
                    <ActionButton run={deleteAnnouncementAction.bind(null, { profileId: page.id, announcementId: a.id })} label={t("announcements.delete")} ariaLabel={t("announcements.deleteLabel", { excerpt: a.body.slice(0, 40) })} confirm={t("announcements.deleteConfirm")} variant="ghost" />
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
