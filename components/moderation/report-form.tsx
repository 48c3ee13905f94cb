"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { reportAction } from "@/lib/messages/actions";

type ReportInput = Omit<Parameters<typeof reportAction>[0], "reason">;

/**
 * The one "what is wrong? + Send report" form: profiles, messages, comments'
 * pages, tracks, products and videos all report through it. The reason is kept
 * when sending fails; the parent shows the thank-you it is handed.
 */
export function ReportForm({ input, question, compact = false, onSent, onCancel }: { input: ReportInput; question: string; compact?: boolean; onSent: (message: string) => void; onCancel?: () => void }) {
  const t = useTranslations("moderation.report");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const send = () =>
    start(async () => {
      const r = await reportAction({ ...input, reason });
      if (r.ok) {
        setReason("");
        setError(null);
        onSent(r.message ?? t("thanks"));
      } else setError(r.message ?? t("failed"));
    });
  const button = compact ? "px-3 py-1 text-xs" : "px-4 py-1.5";
  return (
    <div className="w-full space-y-2">
      <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={compact ? 2 : 3} aria-label={question} placeholder={question} className={`block w-full rounded-xl border border-line bg-surface px-3 py-2 ${compact ? "text-sm" : ""}`} />
      <div className="flex gap-2">
        <button type="button" onClick={send} disabled={pending} className={`rounded-full bg-accent-600 font-semibold text-white ${button}`}>
          {t("send")}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className={`rounded-full font-medium hover:bg-surface-2 ${button}`}>
            {t("cancel")}
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className={`text-red-600 dark:text-red-400 ${compact ? "text-xs" : ""}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
