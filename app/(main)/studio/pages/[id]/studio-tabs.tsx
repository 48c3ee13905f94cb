"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type StudioTab = { href: string; label: string };

/** Studio's sections: tabs on a wide screen, one scrollable row on a phone. The current one is marked for everyone (aria-current). */
export function StudioTabs({ tabs, label }: { tabs: StudioTab[]; label: string }) {
  const pathname = usePathname();
  const current = [...tabs].sort((a, b) => b.href.length - a.href.length).find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`));
  return (
    <nav aria-label={label} className="-mx-4 mb-6 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0">
      {/* A phone scrolls the row sideways; a wider screen wraps it so no tab is cut off. */}
      <ul className="flex min-w-max gap-x-1 sm:min-w-0 sm:flex-wrap">
        {tabs.map((t) => {
          const active = current?.href === t.href;
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${active ? "border-accent-500 text-fg" : "border-transparent text-muted hover:text-fg"}`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
