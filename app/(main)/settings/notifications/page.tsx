import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotifyLevelSelect } from "@/components/follow/notify-level-select";
import { ProfileRow } from "@/components/profile/profile-row";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listFollowedWithLevels } from "@/lib/profiles/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.notifications");
  return { title: t("title") };
}

export default async function NotificationSettingsPage() {
  const viewer = await requireViewer("/settings/notifications");
  const [t, followed] = await Promise.all([getTranslations("settings.notifications"), listFollowedWithLevels(viewer.profile.id)]);
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      {followed.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="divide-y divide-line">
          {followed.map((p) => (
            <ProfileRow key={p.id} profile={p} action={<NotifyLevelSelect profileId={p.id} name={p.name} initial={p.level} />} />
          ))}
        </div>
      )}
    </>
  );
}
