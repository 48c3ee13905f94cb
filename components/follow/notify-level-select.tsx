"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setNotifyLevelAction } from "@/lib/follows/actions";

type Level = "all" | "highlights" | "off";

const LEVELS: readonly Level[] = ["all", "highlights", "off"];

/** How much you hear from a profile you follow. */
export function NotifyLevelSelect({ profileId, name, initial }: { profileId: string; name: string; initial: Level }) {
  const t = useTranslations("follow.notify");
  const [level, setLevel] = useState<Level>(initial);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <select
        aria-label={t("label", { name })}
        value={level}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as Level;
          const previous = level;
          setLevel(next);
          setError(null);
          start(async () => {
            const result = await setNotifyLevelAction({ profileId, level: next });
            if (!result.ok) {
              setLevel(previous);
              setError(result.message ?? t("failed"));
            }
          });
        }}
        className="h-10 rounded-full border border-line bg-surface px-3 text-sm font-medium"
        title={t("hint")}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(l)}
          </option>
        ))}
      </select>
      {error ? <span role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">{error}</span> : null}
    </span>
  );
}
