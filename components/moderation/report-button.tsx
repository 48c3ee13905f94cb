"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import type { ReportTarget } from "./report-panel";

// Loaded when first opened: the form is rarely needed.
const ReportPanel = lazy(() => import("./report-panel"));

/**
 * "Report" on a track, product or video: a reason goes to the moderators, with a copy of what it is about.
 * `what`: "track", "product" or "video" (named in the message's own language).
 */
export function ReportButton({ profileId, what, target, align = "right" }: { profileId: string; what: string; target: ReportTarget; align?: "left" | "right" }) {
  const t = useTranslations("moderation.report");
  const [open, setOpen] = useState(false);
  // The thank-you stays when the panel is closed and opened again.
  const [sent, setSent] = useState<string | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  return (
    <div className="relative">
      <button ref={trigger} type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} className={align === "left" ? "mt-1 text-xs text-muted hover:text-fg hover:underline" : "inline-flex h-10 items-center rounded-full px-3 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"}>
        {t("button")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ReportPanel profileId={profileId} what={what} target={target} align={align} sent={sent} onSent={setSent} trigger={trigger} onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
