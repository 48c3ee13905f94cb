import Link from "next/link";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/actions";
import { asFormAction } from "@/lib/forms/action-state";
import type { Viewer } from "@/lib/auth/viewer";
import { Avatar } from "@/components/ui/avatar";
import { ButtonLink } from "@/components/ui/button";
import { BagIcon, BellIcon, ChatIcon, CompassIcon, HomeIcon, LibraryIcon, LogoMark, MoonIcon, SearchIcon, StudioIcon, SunIcon, TicketIcon, UserIcon } from "@/components/ui/icons";
import { NavLinks, type NavItem } from "./nav-links";
import { SearchBox } from "./search-box";
import { ThemeToggle } from "./theme-toggle";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

type ShellProps = { viewer: Viewer | null; unreadNotifications: number; unreadMessages: number; cartItems?: number; children: React.ReactNode; playerDock?: React.ReactNode };

export function AppShell({ viewer, unreadNotifications, unreadMessages, cartItems = 0, children, playerDock }: ShellProps) {
  const t = useTranslations("shell");
  const profileHref = viewer ? `/@${viewer.profile.handle}` : "/signin";
  const badge = (count: number) => (count ? { badge: count, badgeLabel: t("unreadBadge", { count }) } : {});
  const home: NavItem = { href: "/", label: t("nav.home"), icon: <HomeIcon /> };
  const discover: NavItem = { href: "/discover", label: t("nav.discover"), icon: <CompassIcon /> };
  const concerts: NavItem = { href: "/concerts", label: t("nav.concerts"), icon: <TicketIcon /> };
  const messages: NavItem = { href: "/messages", label: t("nav.messages"), icon: <ChatIcon />, ...badge(unreadMessages) };
  const profile: NavItem = { href: profileHref, label: t("nav.profile"), icon: <UserIcon /> };
  const sidebarItems: NavItem[] = [
    home,
    discover,
    concerts,
    { href: "/search", label: t("nav.search"), icon: <SearchIcon /> },
    { href: "/library", label: t("nav.library"), icon: <LibraryIcon /> },
    messages,
    { href: "/notifications", label: t("nav.notifications"), icon: <BellIcon />, ...badge(unreadNotifications) },
    profile,
    { href: "/orders", label: t("nav.orders"), icon: <BagIcon /> },
    { href: "/studio", label: t("nav.studio"), icon: <StudioIcon /> },
  ];
  const tabItems: NavItem[] = [home, discover, concerts, messages, profile];
  const themeIcons = { sun: <SunIcon />, moon: <MoonIcon /> };

  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>

      <aside className="fixed inset-y-0 left-0 z-30 hidden w-60 flex-col border-r border-line bg-surface px-3 py-4 lg:flex" aria-label={t("sidebar")}>
        <Link href="/" className="mb-6 flex items-center gap-2 px-3 text-lg font-bold tracking-tight">
          <LogoMark /> Chorus
        </Link>
        <nav aria-label={t("mainNav")}>
          <NavLinks items={sidebarItems} variant="sidebar" />
        </nav>
        <div className="mt-auto space-y-1">
          {viewer && viewer.siteRole !== "member" ? (
            <Link href="/moderation" className="block rounded-xl px-3 py-2 text-sm text-muted hover:bg-surface-2 hover:text-fg">
              {t("moderation")}
            </Link>
          ) : null}
          {viewer ? (
            <Link href="/settings" className="block rounded-xl px-3 py-2 text-sm text-muted hover:bg-surface-2 hover:text-fg">
              {t("settings")}
            </Link>
          ) : null}
          <ThemeToggle {...themeIcons} />
          <LanguageSwitcher chosen={viewer ? (viewer.locale ?? "auto") : undefined} className="px-3 py-1 [&_select]:w-full" />
          {viewer ? (
            <div className="flex items-center gap-3 rounded-xl px-3 py-2">
              <Avatar src={viewer.profile.avatarUrl} name={viewer.profile.name} size={32} />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">{viewer.profile.name}</p>
                <p className="truncate text-xs text-muted">@{viewer.profile.handle}</p>
              </div>
              <form action={asFormAction(signOutAction)}>
                <button type="submit" className="rounded-lg px-2 py-1 text-xs font-medium text-muted hover:bg-surface-2 hover:text-fg">
                  {t("signOut")}
                </button>
              </form>
            </div>
          ) : null}
        </div>
      </aside>

      <div className="lg:pl-60">
        <header className="sticky top-0 z-20 border-b border-line bg-bg/85 backdrop-blur">
          <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4">
            <Link href="/" className="flex items-center gap-2 font-bold lg:hidden" aria-label={t("homeLink")}>
              <LogoMark width={26} height={26} />
              <span className="hidden min-[400px]:inline">Chorus</span>
            </Link>
            <div className="hidden flex-1 sm:block">
              <SearchBox icon={<SearchIcon />} />
            </div>
            <div className="ml-auto flex items-center gap-1">
              <Link href="/search" className="rounded-full p-2 text-muted hover:bg-surface-2 hover:text-fg sm:hidden" aria-label={t("nav.search")}>
                <SearchIcon />
              </Link>
              <div className="lg:hidden">
                <ThemeToggle compact {...themeIcons} />
              </div>
              {viewer ? (
                <>
                  <Link href="/cart" className="relative rounded-full p-2 text-muted hover:bg-surface-2 hover:text-fg" aria-label={cartItems ? t("cartWithCount", { count: cartItems }) : t("cart")}>
                    <BagIcon />
                    {cartItems ? (
                      <span data-testid="cart-count" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-accent-600 px-1 text-center text-[11px] font-semibold leading-5 text-white">
                        {cartItems > 99 ? "99+" : cartItems}
                      </span>
                    ) : null}
                  </Link>
                  <Link href="/notifications" className="relative rounded-full p-2 text-muted hover:bg-surface-2 hover:text-fg" aria-label={unreadNotifications ? t("notificationsWithCount", { count: unreadNotifications }) : t("notifications")}>
                    <BellIcon />
                    {unreadNotifications ? (
                      <span data-testid="bell-count" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-accent-600 px-1 text-center text-[11px] font-semibold leading-5 text-white">
                        {unreadNotifications > 99 ? "99+" : unreadNotifications}
                      </span>
                    ) : null}
                  </Link>
                  <details className="relative lg:hidden">
                    <summary className="list-none rounded-full p-1 hover:bg-surface-2 [&::-webkit-details-marker]:hidden" aria-label={t("accountMenu")}>
                      <Avatar src={viewer.profile.avatarUrl} name={viewer.profile.name} size={30} />
                    </summary>
                    <div className="absolute right-0 mt-2 w-52 rounded-2xl border border-line bg-surface p-2 shadow-xl">
                      <p className="truncate px-3 py-1.5 text-xs text-muted">@{viewer.profile.handle}</p>
                      <Link href={profileHref} className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("yourProfile")}</Link>
                      <Link href="/library" className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("nav.library")}</Link>
                      <Link href="/studio" className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("nav.studio")}</Link>
                      <Link href="/orders" className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("yourOrders")}</Link>
                      <Link href="/search" className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("nav.search")}</Link>
                      <Link href="/settings" className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("settings")}</Link>
                      {viewer.siteRole !== "member" ? <Link href="/moderation" className="block rounded-lg px-3 py-2 text-sm hover:bg-surface-2">{t("moderation")}</Link> : null}
                      <form action={asFormAction(signOutAction)}>
                        <button type="submit" className="w-full rounded-lg px-3 py-2 text-left text-sm hover:bg-surface-2">{t("signOut")}</button>
                      </form>
                    </div>
                  </details>
                </>
              ) : (
                <>
                  <ButtonLink href="/signin" variant="ghost" className="h-9 px-3">
                    {t("signIn")}
                  </ButtonLink>
                  <ButtonLink href="/signup" className="h-9 px-4">
                    {t("join")}
                  </ButtonLink>
                </>
              )}
            </div>
          </div>
        </header>

        <main id="main" className="mx-auto max-w-5xl px-4 pb-40 pt-6 lg:pb-28">
          {children}
          <div className="mt-12 flex justify-center lg:hidden">
            <LanguageSwitcher chosen={viewer ? (viewer.locale ?? "auto") : undefined} />
          </div>
        </main>
      </div>

      {/* The persistent player dock lives outside page content so navigation never unmounts it. */}
      <div id="player-dock" className="fixed inset-x-0 bottom-14 z-30 lg:bottom-0 lg:left-60">
        {playerDock}
      </div>

      <nav aria-label={t("tabs")} className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 backdrop-blur lg:hidden">
        <NavLinks items={tabItems} variant="tabs" />
      </nav>
    </div>
  );
}
