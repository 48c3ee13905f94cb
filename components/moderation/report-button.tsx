"use client";

import { useCallback, useRef, useState, useTransition } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { reportAction } from "@/lib/messages/actions";

type Target = { trackId: string } | { productId: string } | { videoId: string };

/** "Report" on a track, product or video: a reason goes to the moderators, with a copy of what it is about. */
export function ReportButton({ profileId, what, target, align = "right" }: { profileId: string; what: string; target: Target; align?: "left" | "right" }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, useCallback(() => setOpen(false), []), panel, trigger);
  const send = () =>
    start(async () => {
      const r = await reportAction({ profileId, reason, ...target });
      setSaid({ ok: r.ok, text: r.message ?? "Something went wrong. Try again." });
      if (r.ok) setReason("");
    });
  return (
    <div className="relative">
      <button ref={trigger} type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} className={align === "left" ? "mt-1 text-xs text-muted hover:text-fg hover:underline" : "inline-flex h-10 items-center rounded-full px-3 text-sm font-medium text-muted hover:bg-surface-2 hover:text-fg"}>
        Report
      </button>
      {open ? (
        <div ref={panel} role="dialog" aria-label={`Report this ${what}`} className={`absolute ${align === "right" ? "right-0" : "left-0"} z-30 mt-2 w-72 space-y-2 max-sm:fixed max-sm:inset-x-4 max-sm:top-24 max-sm:mt-0 max-sm:w-auto rounded-2xl border border-line bg-surface p-3 text-sm shadow-xl`}>
          {said?.ok ? (
            <p role="status" className="text-emerald-700 dark:text-emerald-300">
              {said.text}
            </p>
          ) : (
            <>
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} aria-label={`What is wrong with this ${what}?`} placeholder={`What is wrong with this ${what}?`} className="block w-full rounded-xl border border-line bg-surface px-3 py-2" />
              <button type="button" onClick={send} disabled={pending} className="rounded-full bg-accent-600 px-4 py-1.5 font-semibold text-white">
                Send report
              </button>
              {said ? (
                <p role="alert" className="text-red-600 dark:text-red-400">
                  {said.text}
                </p>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
