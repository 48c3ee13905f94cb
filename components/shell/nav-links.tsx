"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { decodeOrNull } from "@/lib/url";

/**
 * Rendered by the server (app-shell.tsx): the icon and the badge's label come ready-made,
 * so the browser gets only what marks the current page.
 */
export type NavItem = { href: string; label: string; icon: React.ReactNode; badge?: number; badgeLabel?: string };

function isActive(pathname: string, href: string) {
  if (href === "/") return pathname === "/" || pathname === "/feed";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ items, variant }: { items: NavItem[]; variant: "sidebar" | "tabs" }) {
  const raw = usePathname() ?? "/";
  const pathname = decodeOrNull(raw) ?? raw;
  return (
    <ul className={variant === "sidebar" ? "space-y-1" : "grid grid-cols-5"}>
      {items.map((item) => {
        const active = isActive(pathname, item.href);
        const badge = item.badge ? (
          <span className="ml-auto rounded-full bg-accent-600 px-1.5 text-[11px] font-semibold leading-5 text-white" aria-label={item.badgeLabel}>
            {item.badge > 99 ? "99+" : item.badge}
          </span>
        ) : null;
        return (
          <li key={item.href}>
            {variant === "sidebar" ? (
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`flex items-center gap-3 rounded-xl px-3 py-2.5 text-[15px] font-medium transition ${active ? "bg-surface-2 text-fg" : "text-muted hover:bg-surface-2 hover:text-fg"}`}
              >
                <span className={`contents ${active ? "text-accent-500" : ""}`}>{item.icon}</span>
                <span>{item.label}</span>
                {badge}
              </Link>
            ) : (
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                aria-label={item.label}
                className={`relative flex flex-col items-center gap-0.5 py-2 text-[11px] font-medium ${active ? "text-accent-500" : "text-muted"}`}
              >
                {item.icon}
                <span>{item.label}</span>
                {item.badge ? <span className="absolute right-1/4 top-1 h-2 w-2 rounded-full bg-accent-500" aria-hidden="true" /> : null}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
