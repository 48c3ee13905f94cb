import { PlayerDock } from "@/components/player/player-dock";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { AppShell } from "@/components/shell/app-shell";
import { cachedLocale } from "@/lib/i18n/static-locale";

/**
 * The shell of a cached public page: what a signed-out visitor sees, the same
 * for everyone who reads that language (proxy.ts picks the [locale] segment), so it
 * reads nothing from the request. proxy.ts sends signed-out
 * visits of /@handle, /track/…, /release/… and /concert/… here; signed-in
 * visits render the same views for their viewer under app/(main).
 */
export default async function CachedLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  cachedLocale((await params).locale);
  return (
    <IntlProvider segment="app/(cached)">
      <AppShell viewer={null} unreadNotifications={0} unreadMessages={0} playerDock={<PlayerDock />}>
        {children}
      </AppShell>
    </IntlProvider>
  );
}
