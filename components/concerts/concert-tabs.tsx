import Link from "next/link";

const TABS = [
  { href: "/concerts", label: "All shows" },
  { href: "/concerts/mine", label: "My shows" },
] as const;

/** /concerts and the signed-in listener's own list ("My shows"). */
export function ConcertTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav className="mb-4 flex gap-2 text-sm" aria-label="Concert lists">
      {TABS.map((t) => {
        const active = t.href === current;
        return (
          <Link key={t.href} href={t.href} aria-current={active ? "page" : undefined} className={`rounded-full px-4 py-1.5 font-medium ${active ? "bg-fg text-bg" : "bg-surface-2 text-muted hover:text-fg"}`}>
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
