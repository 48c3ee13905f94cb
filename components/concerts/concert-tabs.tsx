import Link from "next/link";
import { useTranslations } from "next-intl";

const TABS = [
  { href: "/concerts", labelKey: "all" },
  { href: "/concerts/mine", labelKey: "mine" },
] as const;

/** /concerts and the signed-in listener's own list ("My shows"). */
export function ConcertTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  const t = useTranslations("concerts.tabs");
  return (
    <nav className="mb-4 flex gap-2 text-sm" aria-label={t("label")}>
      {TABS.map((tab) => {
        const active = tab.href === current;
        return (
          <Link key={tab.href} href={tab.href} aria-current={active ? "page" : undefined} className={`rounded-full px-4 py-1.5 font-medium ${active ? "bg-fg text-bg" : "bg-surface-2 text-muted hover:text-fg"}`}>
            {t(tab.labelKey)}
          </Link>
        );
      })}
    </nav>
  );
}
