"use client";

import { useRouter } from "next/navigation";
import { useEffect, useImperativeHandle, type KeyboardEvent, type RefObject } from "react";
import { useSuggestions } from "@/components/ui/use-suggestions";
import { SuggestionLabel } from "@/components/ui/suggestion-label";

/** What the search field (search-box.tsx) asks of its list. */
export type SuggestionsHandle = {
  setOpen: (open: boolean) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** The active option's address, if one is active (the list then closes). */
  take: () => string | null;
};
/** What the field shows of the list on itself (aria-expanded, aria-activedescendant). */
export type SuggestionsShown = { open: boolean; active: number };

type Props = { value: string; listId: string; label: string; handle: RefObject<SuggestionsHandle | null>; onShown: (shown: SuggestionsShown) => void };

/** The search field's suggestions as someone types: a listbox below it, ↑/↓ to move, Enter to go. */
export default function SearchSuggestions({ value, listId, label, handle, onShown }: Props) {
  const router = useRouter();
  const { items, setOpen, active, showList, onKeyDown } = useSuggestions(value, (all) => all);
  // Loaded once the field was focused or typed in: open from the start.
  useEffect(() => setOpen(true), [setOpen]);
  useImperativeHandle(handle, () => ({
    setOpen,
    onKeyDown,
    take: () => {
      setOpen(false);
      return active >= 0 && items[active] ? items[active].href : null;
    },
  }));
  useEffect(() => onShown({ open: showList, active }), [showList, active, onShown]);
  if (!showList) return null;
  return (
    <ul id={listId} role="listbox" aria-label={label} className="absolute inset-x-0 top-12 z-40 overflow-hidden rounded-2xl border border-line bg-surface p-1.5 shadow-xl">
      {items.map((s, i) => (
        <li key={s.href + i} id={`${listId}-${i}`} role="option" aria-selected={i === active}>
          <a
            href={s.href}
            onMouseDown={(e) => {
              e.preventDefault();
              setOpen(false);
              router.push(s.href);
            }}
            className={`flex items-center gap-3 rounded-xl px-2.5 py-2 text-sm ${i === active ? "bg-surface-2" : "hover:bg-surface-2"}`}
          >
            <SuggestionLabel imageUrl={s.imageUrl} round={s.kind === "profile"} title={s.label} sublabel={s.sublabel} />
          </a>
        </li>
      ))}
    </ul>
  );
}
