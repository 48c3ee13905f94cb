"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const PAGES = [
  { href: "/settings", labelKey: "account" },
  { href: "/settings/privacy", labelKey: "privacy" },
  { href: "/settings/notifications", labelKey: "notifications" },
  { href: "/settings/blocked", labelKey: "blocked" },
  { href: "/settings/data", labelKey: "data" },
] as const;

export function SettingsNav() {
  const t = useTranslations("settings.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="-mx-4 overflow-x-auto px-4 md:mx-0 md:w-52 md:shrink-0 md:px-0">
      <p className="mb-2 hidden text-xs font-semibold uppercase tracking-wider text-muted md:block">{t("label")}</p>
      <ul className="flex gap-1 md:flex-col">
        {PAGES.map((page) => {
          const current = pathname === page.href;
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-xl px-3 py-2 text-sm font-medium ${current ? "bg-surface-2 text-fg" : "text-muted hover:bg-surface-2 hover:text-fg"}`}
              >
                {t(page.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
