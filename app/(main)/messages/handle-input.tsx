"use client";

import { useTranslations } from "next-intl";
import { useCallback, useId, useState } from "react";
import { useSuggestions, type Suggestion } from "@/components/ui/use-suggestions";
import { completeToken, currentToken } from "@/lib/messages/to-field";
import { SuggestionLabel } from "@/components/ui/suggestion-label";

type Person = { name: string; handle: string; sublabel: string; imageUrl: string | null };

/**
 * The To field: handles separated by commas, with people suggested as you type
 * (an ARIA combobox). Enter or a click completes the handle being typed.
 */
export function HandleInput({ name, defaultValue, error, hint }: { name: string; defaultValue: string; error?: string; hint: string }) {
  const t = useTranslations("messages.to");
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const token = currentToken(value);
  const choose = (p: Person) => setValue((v) => completeToken(v, p.handle));
  const toPeople = useCallback((all: Suggestion[]) => all.filter((s) => s.kind === "profile").map((s) => ({ name: s.label, handle: s.href.replace(/^\/@/, ""), sublabel: s.sublabel, imageUrl: s.imageUrl })), []);
  // Enter completes the handle being typed instead of sending the form.
  const { items: people, setOpen, close, active, showList, onKeyDown } = useSuggestions(token, toPeople, choose);
  const describedBy = error ? `${name}-error` : `${name}-hint`;
  return (
    <div className="relative space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium">
        {t("label")}
      </label>
      <input
        id={name}
        name={name}
        value={value}
        autoComplete="off"
        placeholder={t("placeholder")}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm text-fg placeholder:text-muted focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 aria-[invalid=true]:border-red-500"
      />
      {showList ? (
        <ul id={listId} role="listbox" aria-label={t("people")} className="absolute inset-x-0 top-[4.6rem] z-40 overflow-hidden rounded-2xl border border-line bg-surface p-1.5 shadow-xl">
          {people.map((p, i) => (
            <li
              key={p.handle}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
                close();
              }}
              className={`flex cursor-pointer items-center gap-3 rounded-xl px-3 py-2 text-sm ${i === active ? "bg-surface-2" : "hover:bg-surface-2"}`}
            >
              <SuggestionLabel imageUrl={p.imageUrl} title={p.name} sublabel={p.sublabel} />
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={`${name}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
