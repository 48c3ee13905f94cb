"use client";

import { useTranslations } from "next-intl";
import { useRef, type RefObject } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { ReportForm } from "./report-form";

export type ReportTarget = { trackId: string } | { productId: string } | { videoId: string };

type Props = { profileId: string; what: string; target: ReportTarget; align: "left" | "right"; sent: string | null; onSent: (message: string) => void; trigger: RefObject<HTMLButtonElement | null>; onClose: () => void };

/** The Report panel (report-button.tsx opens it): the form, or the thank-you once sent. */
export default function ReportPanel({ profileId, what, target, align, sent, onSent, trigger, onClose }: Props) {
  const t = useTranslations("moderation.report");
  const panel = useRef<HTMLDivElement>(null);
  useDismiss(true, onClose, panel, trigger);
  return (
    <div ref={panel} role="dialog" aria-label={t("dialogLabel", { what })} className={`absolute ${align === "right" ? "right-0" : "left-0"} z-30 mt-2 w-72 space-y-2 max-sm:fixed max-sm:inset-x-4 max-sm:top-24 max-sm:mt-0 max-sm:w-auto rounded-2xl border border-line bg-surface p-3 text-sm shadow-xl`}>
      {sent ? (
        <p role="status" className="text-emerald-700 dark:text-emerald-300">
          {sent}
        </p>
      ) : (
        <ReportForm input={{ profileId, ...target }} question={t("question", { what })} onSent={onSent} />
      )}
    </div>
  );
}
