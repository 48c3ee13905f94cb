"use client";

import { useState, useTransition } from "react";
import { reportAction } from "@/lib/messages/actions";

/** Report one message: a moderator sees exactly it, and can remove it for everyone. */
export function MessageReport({ messageId, senderId, senderName }: { messageId: string; senderId: string; senderName: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const send = () =>
    start(async () => {
      const r = await reportAction({ profileId: senderId, messageId, reason });
      setSaid({ ok: r.ok, text: r.message ?? "Something went wrong. Try again." });
      if (r.ok) setOpen(false);
    });
  if (said?.ok)
    return (
      <p role="status" className="mt-1 text-xs text-emerald-700 dark:text-emerald-300">
        {said.text}
      </p>
    );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="mt-0.5 self-start text-[11px] text-muted hover:text-fg hover:underline" aria-label={`Report this message from ${senderName}`}>
        Report
      </button>
    );
  return (
    <div className="mt-1 w-72 max-w-full space-y-2 text-left">
      <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={2} aria-label="What is wrong with this message?" placeholder="What is wrong with this message?" className="block w-full rounded-xl border border-line bg-surface px-3 py-2 text-sm" />
      <div className="flex gap-2">
        <button type="button" onClick={send} disabled={pending} className="rounded-full bg-accent-600 px-3 py-1 text-xs font-semibold text-white">
          Send report
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded-full px-3 py-1 text-xs font-medium hover:bg-surface-2">
          Cancel
        </button>
      </div>
      {said && !said.ok ? (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {said.text}
        </p>
      ) : null}
    </div>
  );
}
