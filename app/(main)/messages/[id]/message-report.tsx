"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ReportForm } from "@/components/moderation/report-form";

/** Report one message: a moderator sees exactly it, and can remove it for everyone. */
export function MessageReport({ messageId, senderId, senderName }: { messageId: string; senderId: string; senderName: string }) {
  const t = useTranslations("messages.report");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  if (sent)
    return (
      <p role="status" className="mt-1 text-xs text-emerald-700 dark:text-emerald-300">
        {sent}
      </p>
    );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="mt-0.5 self-start text-[11px] text-muted hover:text-fg hover:underline" aria-label={t("label", { name: senderName })}>
        {t("report")}
      </button>
    );
  return (
    <div className="mt-1 w-72 max-w-full text-left">
      <ReportForm input={{ profileId: senderId, messageId }} question={t("question")} compact onSent={setSent} onCancel={() => setOpen(false)} />
    </div>
  );
}
