import { PlayerDock } from "@/components/player/player-dock";
import { AppShell } from "@/components/shell/app-shell";

/**
 * The shell of a cached public page: what a signed-out visitor sees, the same
 * for everyone, so it reads nothing from the request. proxy.ts sends signed-out
 * visits of /@handle, /track/…, /release/… and /concert/… here; signed-in
 * visits render the same views for their viewer under app/(main).
 */
export default function CachedLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShell viewer={null} unreadNotifications={0} unreadMessages={0} playerDock={<PlayerDock />}>
      {children}
    </AppShell>
  );
}
