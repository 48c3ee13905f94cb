"use client";

import { useState, useTransition } from "react";
import { setNotifyLevelAction } from "@/lib/follows/actions";

type Level = "all" | "highlights" | "off";

const LABELS: Record<Level, string> = { all: "Notifications: All", highlights: "Notifications: Highlights", off: "Notifications: Off" };

/** How much you hear from a profile you follow. */
export function NotifyLevelSelect({ profileId, name, initial }: { profileId: string; name: string; initial: Level }) {
  const [level, setLevel] = useState<Level>(initial);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <select
        aria-label={`Notifications from ${name}`}
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
              setError(result.message ?? "Could not save.");
            }
          });
        }}
        className="h-10 rounded-full border border-line bg-surface px-3 text-sm font-medium"
        title="Highlights: releases and concerts near you"
      >
        {(Object.keys(LABELS) as Level[]).map((l) => (
          <option key={l} value={l}>
            {LABELS[l]}
          </option>
        ))}
      </select>
      {error ? <span role="alert" className="mt-1 text-xs text-red-500">{error}</span> : null}
    </span>
  );
}
