import Link from "next/link";
import { useTranslations } from "next-intl";

export function ModerationTabs({ current, open }: { current: "open" | "decided" | "log" | "federation"; open: number }) {
  const t = useTranslations("moderation.tabs");
  const tabs = [
    { key: "open", href: "/moderation", label: t("open", { count: open }) },
    { key: "decided", href: "/moderation?decided=1", label: t("decided") },
    { key: "log", href: "/moderation/log", label: t("log") },
    { key: "federation", href: "/moderation/federation", label: t("federation") },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-6 flex gap-2 overflow-x-auto text-sm">
      {tabs.map((tab) => (
        <Link key={tab.key} href={tab.href} aria-current={tab.key === current ? "page" : undefined} className={`shrink-0 rounded-full px-4 py-1.5 font-medium ${tab.key === current ? "bg-fg text-bg" : "bg-surface-2 text-muted hover:text-fg"}`}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
