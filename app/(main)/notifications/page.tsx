import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { asFormAction } from "@/lib/forms/action-state";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import { listNotifications } from "@/lib/notifications/queries";
import { localizeNotification } from "@/lib/notifications/text";
import { relativeTime } from "@/lib/time";
import { Invitations } from "@/components/teams/invitations";
import { getInvitations, getRosterInvitations } from "@/lib/teams/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const viewer = await requireViewer("/notifications");
  const [t, locale, items, invitations, rosterInvites] = await Promise.all([getTranslations("notifications"), getLocale(), listNotifications(viewer.profile.id), getInvitations(viewer.userId), getRosterInvitations(viewer.userId)]);
  // Stored in English; said in the reader's language when Chorus knows the sentence (lib/notifications/text.ts).
  const say = (text: string) => localizeNotification(text, locale, (key, values) => t(`rows.${key}`, values));
  const now = new Date();
  const unread = items.some((n) => !n.read);
  return (
    <>
      <PageTitle
        title={t("title")}
        action={
          <div className="flex gap-2">
            {unread ? (
              <form action={asFormAction(markAllNotificationsReadAction)}>
                <button className="rounded-full border border-line px-4 py-2 text-sm font-medium hover:bg-surface-2">{t("markAllRead")}</button>
              </form>
            ) : null}
            <Link href="/settings/notifications" className="rounded-full border border-line px-4 py-2 text-sm font-medium hover:bg-surface-2">
              {t("settings")}
            </Link>
          </div>
        }
      />
      <Invitations items={invitations} roster={rosterInvites} />
      {items.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <ul className="divide-y divide-line rounded-3xl border border-line bg-surface">
          {items.map((n) => ({ ...n, text: say(n.text) })).map((n) => (
            <li key={n.id} className={`flex items-center gap-3 px-4 py-3 ${n.read ? "" : "bg-accent-500/5"}`}>
              {n.actor ? <Avatar src={n.actor.avatarUrl} name={n.actor.name} size={40} /> : null}
              <p className="min-w-0 flex-1 text-sm">
                {n.actor ? <span className="font-semibold">{n.actor.name}</span> : null} {n.href ? <Link href={n.href} className="hover:underline">{n.text}</Link> : n.text}
                <span className="block text-xs text-muted">{relativeTime(n.createdAt, now, locale)}</span>
              </p>
              {n.read ? null : (
                <form action={asFormAction(markNotificationReadAction).bind(null, n.id)}>
                  <button type="submit" className="min-h-6 rounded-full px-2 py-1 text-xs font-medium text-accent-600 hover:bg-surface-2" aria-label={t("markReadLabel", { text: n.text })}>
                    {t("markRead")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
