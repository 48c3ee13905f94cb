"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { muteAction } from "@/lib/account/actions";

/** Mute: their posts leave the viewer's stream; they still count as followed and are not told. */
export function MuteButton({ profileId, name, muted: initial }: { profileId: string; name: string; muted: boolean }) {
  const t = useTranslations("profile.mute");
  const [muted, setMuted] = useState(initial);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const toggle = () =>
    start(async () => {
      const r = await muteAction({ profileId, mute: !muted });
      setSaid({ ok: r.ok, text: r.message ?? t("failed") });
      if (r.ok) setMuted(!muted);
    });
  return (
    <div className="space-y-1">
      <button type="button" onClick={toggle} disabled={pending} className="block w-full rounded-lg px-3 py-2 text-left font-medium hover:bg-surface-2">
        {muted ? t("unmute", { name }) : t("mute", { name })}
        <span className="block text-xs font-normal text-muted">{muted ? t("unmuteHint") : t("muteHint")}</span>
      </button>
      {said ? (
        <p role={said.ok ? "status" : "alert"} className={`px-3 text-xs ${said.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400"}`}>
          {said.text}
        </p>
      ) : null}
    </div>
  );
}
