"use client";

import { useState, useTransition } from "react";
import { privacyAction } from "@/lib/account/actions";
import { listeningHistoryAction } from "@/lib/playlists/actions";

type Result = { ok: boolean; message?: string };

function useSaved<T>(initial: T, save: (next: T) => Promise<Result>) {
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
        setError(r.message ?? "That did not save. Try again.");
      } else setSaved(true);
    });
  };
  return { value, change, pending, error, saved };
}

/** "Saved", once the server has it (and for screen readers, as a status). */
function Saved({ shown }: { shown: boolean }) {
  return (
    <p role="status" className="text-xs font-medium text-emerald-700 dark:text-emerald-300">
      {shown ? "Saved" : ""}
    </p>
  );
}

type SwitchProps = { id: string; title: string; on: string; off: string; initial: boolean; save: (next: boolean) => Promise<Result> };

/** One on/off setting: what it does is said under it, for its current state. */
export function PrivacySwitch({ id, title, on, off, initial, save }: SwitchProps) {
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

export const privateSwitch = (next: boolean) => privacyAction({ setting: "isPrivate", value: next });
export const hideFollowsSwitch = (next: boolean) => privacyAction({ setting: "hideFollows", value: next });
export const personalizationSwitch = (next: boolean) => privacyAction({ setting: "personalizationOff", value: !next });
export const historySwitch = (next: boolean) => listeningHistoryAction({ change: next ? "on" : "off" });

const POLICIES = [
  { value: "everyone", label: "Everyone", effect: "People you follow or who follow you write to you directly; anyone else lands in Requests." },
  { value: "following", label: "People I follow", effect: "Only people you follow can start a conversation with you. Others are told you take messages from people you follow." },
  { value: "nobody", label: "Nobody", effect: "No one can start a conversation with you. Conversations you already have stay." },
] as const;

export function MessagePolicy({ initial }: { initial: (typeof POLICIES)[number]["value"] }) {
  const { value, change, pending, error, saved } = useSaved(initial, (next) => privacyAction({ setting: "messagePolicy", value: next }));
  return (
    <fieldset className="pb-4 pt-5" disabled={pending}>
      <legend className="font-medium">Who can message me</legend>
      <Saved shown={saved && !pending} />
      <div className="mt-3 space-y-2">
        {POLICIES.map((p) => (
          <label key={p.value} className={`flex cursor-pointer gap-3 rounded-2xl border p-3 ${value === p.value ? "border-accent-500 bg-accent-500/5" : "border-line hover:bg-surface-2"}`}>
            <input type="radio" name="messagePolicy" value={p.value} checked={value === p.value} onChange={() => change(p.value)} className="mt-1 accent-accent-600" />
            <span>
              <span className="block text-sm font-medium">{p.label}</span>
              <span className="block text-sm text-muted">{p.effect}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
export const federateSwitch = (next: boolean) => privacyAction({ setting: "federate", value: next });
