"use client";

import { useState, useTransition } from "react";
import { muteAction } from "@/lib/account/actions";

/** Mute: their posts leave the viewer's stream; they still count as followed and are not told. */
export function MuteButton({ profileId, name, muted: initial }: { profileId: string; name: string; muted: boolean }) {
  const [muted, setMuted] = useState(initial);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const toggle = () =>
    start(async () => {
      const r = await muteAction({ profileId, mute: !muted });
      setSaid({ ok: r.ok, text: r.message ?? "Something went wrong. Try again." });
      if (r.ok) setMuted(!muted);
    });
  return (
    <div className="space-y-1">
      <button type="button" onClick={toggle} disabled={pending} className="block w-full rounded-lg px-3 py-2 text-left font-medium hover:bg-surface-2">
        {muted ? `Unmute ${name}` : `Mute ${name}`}
        <span className="block text-xs font-normal text-muted">{muted ? "Their posts come back to your stream." : "Hide their posts from your stream. They are not told."}</span>
      </button>
      {said ? (
        <p role={said.ok ? "status" : "alert"} className={`px-3 text-xs ${said.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400"}`}>
          {said.text}
        </p>
      ) : null}
    </div>
  );
}
