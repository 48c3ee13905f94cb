"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";

/** What /api/search/suggest answers for each hit. */
export type Suggestion = { kind: "profile" | "track" | "release"; label: string; sublabel: string; href: string; imageUrl: string | null };

/**
 * Suggestions as someone types, for an ARIA combobox: asked for 120 ms after
 * the last key, only the newest answer shown, ↑/↓ move the active option,
 * Escape closes. `pick` is what Enter does with the active option (the list then closes).
 */
export function useSuggestions<T>(query: string, select: (all: Suggestion[]) => T[], pick?: (item: T) => void) {
  const [items, setItems] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  }, [select]);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`);
        const data = (await res.json()) as { suggestions?: Suggestion[] };
        // Only the newest request may update the list (no out-of-order flicker).
        if (ticket === latest.current) {
          setItems(selectRef.current(data.suggestions ?? []));
          setActive(-1);
        }
      } catch {
        if (ticket === latest.current) setItems([]);
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  const showList = open && query.trim().length >= 2 && items.length > 0;
  const close = () => {
    setItems([]);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!showList) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (e.key === "Enter" && pick && active >= 0) {
      e.preventDefault();
      pick(items[active]);
      close();
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  return { items, setOpen, close, active, showList, onKeyDown };
}
