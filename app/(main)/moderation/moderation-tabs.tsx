import Link from "next/link";

export function ModerationTabs({ current, open }: { current: "open" | "decided" | "log" | "federation"; open: number }) {
  const tabs = [
    { key: "open", href: "/moderation", label: `Open (${open})` },
    { key: "decided", href: "/moderation?decided=1", label: "Decided" },
    { key: "log", href: "/moderation/log", label: "Audit log" },
    { key: "federation", href: "/moderation/federation", label: "Other servers" },
  ] as const;
  return (
    <nav aria-label="Moderation" className="mb-6 flex gap-2 overflow-x-auto text-sm">
      {tabs.map((t) => (
        <Link key={t.key} href={t.href} aria-current={t.key === current ? "page" : undefined} className={`shrink-0 rounded-full px-4 py-1.5 font-medium ${t.key === current ? "bg-fg text-bg" : "bg-surface-2 text-muted hover:text-fg"}`}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
