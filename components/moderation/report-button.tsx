"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { ReportForm } from "./report-form";

type Target = { trackId: string } | { productId: string } | { videoId: string };

/**
 * "Report" on a track, product or video: a reason goes to the moderators, with a copy of what it is about.
 * `what`: "track", "product" or "video" (named in the message's own language).
 */
export function ReportButton({ profileId, what, target, align = "right" }: { profileId: string; what: string; target: Target; align?: "left" | "right" }) {
  const t = useTranslations("moderation.report");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, useCallback(() => setOpen(false), []), panel, trigger);
  return (
    <div className="relative">
      <button ref={trigger} type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} className={align === "left" ? "mt-1 text-xs text-muted hover:text-fg hover:underline" : "inline-flex h-10 items-center rounded-full px-3 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"}>
        {t("button")}
      </button>
      {open ? (
        <div ref={panel} role="dialog" aria-label={t("dialogLabel", { what })} className={`absolute ${align === "right" ? "right-0" : "left-0"} z-30 mt-2 w-72 space-y-2 max-sm:fixed max-sm:inset-x-4 max-sm:top-24 max-sm:mt-0 max-sm:w-auto rounded-2xl border border-line bg-surface p-3 text-sm shadow-xl`}>
          {sent ? (
            <p role="status" className="text-emerald-700 dark:text-emerald-300">
              {sent}
            </p>
          ) : (
            <ReportForm input={{ profileId, ...target }} question={t("question", { what })} onSent={setSent} />
          )}
        </div>
      ) : null}
    </div>
  );
}
