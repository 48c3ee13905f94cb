import { PlayerDock } from "@/components/player/player-dock";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { AppShell } from "@/components/shell/app-shell";
import { getViewer } from "@/lib/auth/viewer";
import { cartCount } from "@/lib/merch/queries";
import { pendingRequestCount, unreadConversationCount } from "@/lib/messages/queries";
import { unreadNotificationCount } from "@/lib/notifications/queries";
import { LiveCounts } from "@/components/shell/live-counts";
import { inboxesOf } from "@/lib/auth/viewer-data";

export default async function MainLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  const unreadNotifications = viewer ? (await unreadNotificationCount(viewer.profile.id)) : 0;
  // Your own conversations and those of the pages you manage (their inboxes) all count.
  const inboxes = viewer ? inboxesOf(viewer) : [];
  const unreadMessages = (await Promise.all(inboxes.map((p) => unreadConversationCount(p.id)))).reduce((a, b) => a + b, 0);
  const cartItems = viewer ? (await cartCount(viewer.profile.id)) : 0;
  const requests = (await Promise.all(inboxes.map((p) => pendingRequestCount(p.id)))).reduce((a, b) => a + b, 0);
  return (
    <IntlProvider segment="app/(main)">
      <AppShell viewer={viewer} unreadNotifications={unreadNotifications} unreadMessages={unreadMessages} cartItems={cartItems} playerDock={<PlayerDock />}>
        {children}
        {viewer ? <LiveCounts initial={{ notifications: unreadNotifications, messages: unreadMessages, requests }} /> : null}
      </AppShell>
    </IntlProvider>
  );
}
