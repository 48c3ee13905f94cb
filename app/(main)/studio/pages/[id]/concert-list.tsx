import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { StudioConcert } from "@/lib/concerts/queries";
import { formatInZone } from "@/lib/time";

const statusStyle: Record<string, string> = {
  scheduled: "bg-emerald-500/10 text-emerald-700 dark:text-emerald-300",
  postponed: "bg-amber-500/15 text-amber-700 dark:text-amber-300",
  cancelled: "bg-red-500/10 text-red-600 dark:text-red-400",
};

/** The page's shows as its managers see them: status, interest, a way in to edit. */
export function StudioConcertList({ pageId, concerts }: { pageId: string; concerts: StudioConcert[] }) {
  const t = useTranslations("studio.concerts");
  const locale = useLocale();
  if (!concerts.length) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <ul className="divide-y divide-line" data-testid="studio-concerts">
      {concerts.map((c) => (
        <li key={c.id} className={`flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm ${c.past ? "text-muted" : ""}`}>
          <span className="w-36 shrink-0 tabular-nums text-muted">{formatInZone(c.startsAt, c.timeZone, { year: "numeric", weekday: undefined }, locale)}</span>
          <Link href={`/concert/${c.id}`} className="min-w-0 flex-1 truncate font-medium hover:underline">
            {c.venueName}, {c.city}
          </Link>
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold capitalize ${statusStyle[c.status] ?? ""}`}>{t("status", { status: c.past && c.status === "scheduled" ? "played" : c.status })}</span>
          <span className="w-24 text-right tabular-nums text-muted" data-testid="interested-count">
            {t("interested", { count: c.interestedCount })}
          </span>
          <Link href={`/studio/pages/${pageId}/concerts/${c.id}`} className="rounded-full border border-line px-3 py-1 text-xs font-semibold hover:bg-surface-2" aria-label={t("manageLabel", { venue: c.venueName, city: c.city })}>
            {t("manage")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
