"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useId, useRef, useState } from "react";
import type { SuggestionsHandle, SuggestionsShown } from "./search-suggestions";

// The suggestions load when the field is first used: most pages are left without searching.
const SearchSuggestions = lazy(() => import("./search-suggestions"));

/**
 * The shell's search field: a plain GET form (works before JS loads) that
 * offers suggestions as you type, as an ARIA combobox (search-suggestions.tsx).
 */
export function SearchBox({ defaultValue = "", icon }: { defaultValue?: string; icon: React.ReactNode }) {
  const t = useTranslations("shell");
  const router = useRouter();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [used, setUsed] = useState(false);
  const [shown, setShown] = useState<SuggestionsShown>({ open: false, active: -1 });
  const list = useRef<SuggestionsHandle | null>(null);
  return (
    <form
      action="/search"
      role="search"
      className="relative w-full max-w-md"
      onSubmit={(e) => {
        // Client-side navigation keeps the player going; without JS the form still works.
        e.preventDefault();
        const picked = list.current?.take() ?? null;
        if (picked) router.push(picked);
        else if (value.trim()) router.push(`/search?q=${encodeURIComponent(value.trim())}`);
      }}
    >
      <span className="pointer-events-none absolute left-3 top-1/2 -translate-y-1/2 text-muted">{icon}</span>
      <input
        type="search"
        name="q"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setUsed(true);
          list.current?.setOpen(true);
        }}
        onFocus={() => {
          setUsed(true);
          list.current?.setOpen(true);
        }}
        onBlur={() => setTimeout(() => list.current?.setOpen(false), 150)}
        onKeyDown={(e) => list.current?.onKeyDown(e)}
        placeholder={t("searchPlaceholder")}
        aria-label={t("searchLabel")}
        role="combobox"
        aria-expanded={shown.open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.active >= 0 ? `${listId}-${shown.active}` : undefined}
        autoComplete="off"
        maxLength={100}
        className="h-10 w-full rounded-full border border-line bg-surface-2 pl-10 pr-4 text-sm placeholder:text-muted focus:border-accent-500 focus:outline-none"
      />
      {used ? (
        <Suspense fallback={null}>
          <SearchSuggestions value={value} listId={listId} label={t("suggestions")} handle={list} onShown={setShown} />
        </Suspense>
      ) : null}
    </form>
  );
}
