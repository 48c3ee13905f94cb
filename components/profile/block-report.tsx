"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState, useTransition } from "react";
import { blockAction } from "@/lib/messages/actions";

// Loaded when "Report" is chosen.
const ReportForm = lazy(() => import("@/components/moderation/report-form").then((m) => ({ default: m.ReportForm })));

type Props = {
  profileId: string;
  name: string;
  blocked: boolean;
  /** From a message request: the report carries their messages, and blocking leaves for the inbox. */
  conversationId?: string;
  /** Buttons side by side (a request) instead of a menu's list. */
  inline?: boolean;
};

/** Block (or unblock) and report one profile, with the server's answer shown. */
export function BlockReport({ profileId, name, blocked: initialBlocked, conversationId, inline = false }: Props) {
  const t = useTranslations("profile.blockReport");
  const router = useRouter();
  const [blocked, setBlocked] = useState(initialBlocked);
  const [reporting, setReporting] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const fallback = t("failed");
  const block = () =>
    startTransition(async () => {
      const r = await blockAction({ profileId, block: !blocked });
      setMessage({ ok: r.ok, text: r.message ?? fallback });
      if (!r.ok) return;
      setBlocked(!blocked);
      if (conversationId && !blocked) router.push("/messages");
    });
  const reported = (text: string) => {
    setReporting(false);
    setMessage({ ok: true, text });
  };
  const item = inline ? "rounded-full border border-line px-4 py-2 font-semibold hover:bg-surface" : "block w-full rounded-lg px-3 py-2 text-left font-medium hover:bg-surface-2";
  return (
    <div className={inline ? "flex flex-wrap items-center gap-2" : "space-y-2"}>
      <button type="button" onClick={block} disabled={pending} className={`${item} text-red-600 dark:text-red-400`}>
        {blocked ? t("unblock", { name }) : t("block", { name })}
      </button>
      {reporting ? (
        <div className="w-full px-1">
          <Suspense fallback={null}>
            <ReportForm input={{ profileId, conversationId }} question={t("question")} onSent={reported} />
          </Suspense>
        </div>
      ) : (
        <button type="button" onClick={() => setReporting(true)} className={item}>
          {t("report", { name })}
        </button>
      )}
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={`w-full ${message.ok ? "px-1 text-emerald-700 dark:text-emerald-300" : "px-1 text-red-600 dark:text-red-400"}`}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
