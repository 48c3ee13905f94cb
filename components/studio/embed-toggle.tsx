"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { setTrackEmbedAction } from "@/lib/studio/actions";

export function EmbedToggle({ trackId, title, fullPlays }: { trackId: string; title: string; fullPlays: boolean }) {
  const t = useTranslations("studioMusic.embedToggle");
  const [value, setValue] = useOptimistic(fullPlays);
  const [pending, start] = useTransition();
  return (
    <label className="flex items-center gap-2 text-xs text-muted">
      <input
        type="checkbox"
        checked={!value}
        disabled={pending}
        onChange={(e) =>
          start(async () => {
            setValue(!e.target.checked);
            await setTrackEmbedAction({ trackId, fullPlays: !e.target.checked });
          })
        }
        aria-label={t("aria", { title })}
        className="h-4 w-4 accent-accent-600"
      />
      {t("label")}
    </label>
  );
}
