"use client";

import { useTranslations } from "next-intl";
import { ToggleError } from "@/components/ui/toggle-error";
import { useServerToggle } from "@/components/ui/use-server-toggle";
import { interestAction } from "@/lib/concerts/actions";

/** "Interested" toggle for a show: optimistic, the server's answer wins. */
export function InterestButton({ concertId, initial, signedIn }: { concertId: string; initial: boolean; signedIn: boolean }) {
  const tr = useTranslations("concerts.interest");
  const t = useServerToggle(initial, signedIn, async (interested) => {
    const r = await interestAction({ concertId, interested });
    return { ...r, value: r.data?.interested };
  });
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={t.toggle}
        disabled={!t.ready}
        aria-pressed={t.on}
        aria-busy={t.pending || undefined}
        className={`inline-flex h-10 items-center gap-2 rounded-full px-5 text-sm font-semibold transition disabled:opacity-60 ${t.on ? "bg-accent-600/15 text-accent-700 ring-1 ring-accent-500/50 dark:text-accent-300" : "border border-line hover:bg-surface-2"}`}
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill={t.on ? "currentColor" : "none"} stroke="currentColor" strokeWidth={2}>
          <path d="M12 2l2.9 6.1 6.6.8-4.9 4.6 1.3 6.5L12 16.9 6.1 20l1.3-6.5L2.5 8.9l6.6-.8z" strokeLinejoin="round" />
        </svg>
        {t.on ? tr("on") : tr("off")}
      </button>
      <ToggleError error={t.error} />
      {t.pending ? <span className="sr-only">{tr("saving")}</span> : null}
    </span>
  );
}
