"use client";

import { useEffect, useId, useRef, useState } from "react";
import { completeToken, currentToken } from "@/lib/messages/to-field";

type Suggestion = { kind: string; label: string; sublabel: string; href: string; imageUrl: string | null };
type Person = { name: string; handle: string; sublabel: string; imageUrl: string | null };

/**
 * The To field: handles separated by commas, with people suggested as you type
 * (an ARIA combobox). Enter or a click completes the handle being typed.
 */
export function HandleInput({ name, defaultValue, error, hint }: { name: string; defaultValue: string; error?: string; hint: string }) {
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [people, setPeople] = useState<Person[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const token = currentToken(value);

  useEffect(() => {
    if (token.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(token)}`);
        const data = (await res.json()) as { suggestions?: Suggestion[] };
        if (ticket !== latest.current) return;
        setPeople((data.suggestions ?? []).filter((s) => s.kind === "profile").map((s) => ({ name: s.label, handle: s.href.replace(/^\/@/, ""), sublabel: s.sublabel, imageUrl: s.imageUrl })));
        setActive(-1);
      } catch {
        if (ticket === latest.current) setPeople([]);
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [token]);

  const showList = open && token.length >= 2 && people.length > 0;
  const choose = (p: Person) => {
    setValue((v) => completeToken(v, p.handle));
    setPeople([]);
    setOpen(false);
  };
  const describedBy = error ? `${name}-error` : `${name}-hint`;
  return (
    <div className="relative space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium">
        To
      </label>
      <input
        id={name}
        name={name}
        value={value}
        autoComplete="off"
        placeholder="@handle, @another"
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
        onKeyDown={(e) => {
          if (!showList) return;
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => (i + 1) % people.length);
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => (i <= 0 ? people.length - 1 : i - 1));
          } else if (e.key === "Enter" && active >= 0) {
            // Completes the handle instead of sending the form.
            e.preventDefault();
            choose(people[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm text-fg placeholder:text-muted focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 aria-[invalid=true]:border-red-500"
      />
      {showList ? (
        <ul id={listId} role="listbox" aria-label="People" className="absolute inset-x-0 top-[4.6rem] z-40 overflow-hidden rounded-2xl border border-line bg-surface p-1.5 shadow-xl">
          {people.map((p, i) => (
            <li
              key={p.handle}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
              className={`flex cursor-pointer items-center gap-3 rounded-xl px-3 py-2 text-sm ${i === active ? "bg-surface-2" : "hover:bg-surface-2"}`}
            >
              {p.imageUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- small avatar from our media route
                <img src={p.imageUrl} alt="" className="h-8 w-8 rounded-full object-cover" />
              ) : (
                <span className="h-8 w-8 rounded-full bg-surface-2" />
              )}
              <span className="min-w-0">
                <span className="block truncate font-medium">{p.name}</span>
                <span className="block truncate text-xs text-muted">{p.sublabel}</span>
              </span>
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
