"use client";

import { useState, useTransition } from "react";
import { blockAction, reportAction } from "@/lib/messages/actions";

/** Block or report a profile. Blocking removes follows both ways and stops messages. */
export function ProfileMoreMenu({ profileId, name, blocked: initialBlocked }: { profileId: string; name: string; blocked: boolean }) {
  const [open, setOpen] = useState(false);
  const [blocked, setBlocked] = useState(initialBlocked);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const block = () =>
    startTransition(async () => {
      const r = await blockAction({ profileId, block: !blocked });
      setMessage({ ok: r.ok, text: r.message ?? "Something went wrong. Try again." });
      if (r.ok) setBlocked(!blocked);
    });
  const report = () =>
    startTransition(async () => {
      const r = await reportAction({ profileId, reason });
      setMessage({ ok: r.ok, text: r.message ?? "Something went wrong. Try again." });
      if (r.ok) {
        setReporting(false);
        setReason("");
      }
    });
  return (
    <div className="relative">
      <button type="button" onClick={() => setOpen((v) => !v)} aria-expanded={open} aria-label={`More options for ${name}`} className="inline-flex h-10 w-10 items-center justify-center rounded-full border border-line text-lg leading-none hover:bg-surface-2">
        ⋯
      </button>
      {open ? (
        <div role="dialog" aria-label={`Options for ${name}`} className="absolute right-0 z-30 mt-2 w-72 space-y-2 rounded-2xl border border-line bg-surface p-3 text-sm shadow-xl">
          <button type="button" onClick={block} disabled={pending} className="block w-full rounded-lg px-3 py-2 text-left font-medium text-red-600 hover:bg-surface-2 dark:text-red-400">
            {blocked ? `Unblock ${name}` : `Block ${name}`}
          </button>
          {reporting ? (
            <div className="space-y-2 px-1">
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} aria-label="What is wrong?" placeholder="What is wrong?" className="block w-full rounded-xl border border-line bg-surface px-3 py-2" />
              <button type="button" onClick={report} disabled={pending} className="rounded-full bg-accent-600 px-4 py-1.5 font-semibold text-white">
                Send report
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setReporting(true)} className="block w-full rounded-lg px-3 py-2 text-left font-medium hover:bg-surface-2">
              Report {name}
            </button>
          )}
          {message ? (
            <p role={message.ok ? "status" : "alert"} className={message.ok ? "px-1 text-emerald-700 dark:text-emerald-300" : "px-1 text-red-600 dark:text-red-400"}>
              {message.text}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
