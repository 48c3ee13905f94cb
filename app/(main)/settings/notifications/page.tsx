import type { Metadata } from "next";
import { NotifyLevelSelect } from "@/components/follow/notify-level-select";
import { ProfileRow } from "@/components/profile/profile-row";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listFollowedWithLevels } from "@/lib/profiles/queries";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const viewer = await requireViewer("/settings/notifications");
  const followed = await listFollowedWithLevels(viewer.profile.id);
  return (
    <>
      <PageTitle title="Notification settings" subtitle="Choose how much you hear from each profile you follow. Highlights: releases, and concerts near you." />
      {followed.length === 0 ? (
        <EmptyState title="You do not follow anyone yet" />
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
