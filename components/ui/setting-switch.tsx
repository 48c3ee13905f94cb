"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

type Result = { ok: boolean; message?: string };

/** A setting saved by a server action: shown at once, put back with the reason if the server says no. */
export function useSaved<T>(initial: T, save: (next: T) => Promise<Result>) {
  const t = useTranslations("settings.switch");
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  // Shown at once; put back (with the reason) if the server says no.
  const change = (next: T) => {
    const before = value;
    setValue(next);
    setError(null);
    setSaved(false);
    start(async () => {
      const r = await save(next);
      if (!r.ok) {
        setValue(before);
        setError(r.message ?? t("failed"));
      } else setSaved(true);
    });
  };
  return { value, change, pending, error, saved };
}

/** "Saved", once the server has it (and for screen readers, as a status). */
export function Saved({ shown }: { shown: boolean }) {
  const t = useTranslations("settings.switch");
  return (
    <p role="status" className="text-xs font-medium text-emerald-700 dark:text-emerald-300">
      {shown ? t("saved") : ""}
    </p>
  );
}

type SwitchProps = { id: string; title: string; on: string; off: string; initial: boolean; save: (next: boolean) => Promise<Result> };

/** One on/off setting: what it does is said under it, for its current state. */
export function SettingSwitch({ id, title, on, off, initial, save }: SwitchProps) {
  const { value, change, pending, error, saved } = useSaved(initial, save);
  return (
    <div className="flex items-start justify-between gap-4 py-4">
      <div className="min-w-0">
        <p id={`${id}-label`} className="font-medium">
          {title}
        </p>
        <p id={`${id}-effect`} className="text-sm text-muted">
          {value ? on : off}
        </p>
        <Saved shown={saved && !pending} />
        {error ? (
          <p role="alert" className="mt-1 text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={value}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-effect`}
        disabled={pending}
        onClick={() => change(!value)}
        className={`relative mt-1 inline-flex h-7 w-12 shrink-0 items-center rounded-full transition focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-accent-500 focus-visible:ring-offset-2 ${value ? "bg-accent-600" : "bg-surface-2 ring-1 ring-line"}`}
      >
        <span className={`inline-block h-5 w-5 rounded-full bg-white shadow transition ${value ? "translate-x-6" : "translate-x-1"}`} />
      </button>
    </div>
  );
}
