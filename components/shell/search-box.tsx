"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useSuggestions } from "@/components/ui/use-suggestions";

/**
 * The shell's search field: a plain GET form (works before JS loads) that
 * offers suggestions as you type, as an ARIA combobox.
 */
export function SearchBox({ defaultValue = "", icon }: { defaultValue?: string; icon: React.ReactNode }) {
  const t = useTranslations("shell");
  const router = useRouter();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const { items, setOpen, active, showList, onKeyDown } = useSuggestions(value, (all) => all);
  return (
    <form
      action="/search"
      role="search"
      className="relative w-full max-w-md"
      onSubmit={(e) => {
        // Client-side navigation keeps the player going; without JS the form still works.
        e.preventDefault();
        setOpen(false);
        if (active >= 0 && items[active]) router.push(items[active].href);
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
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        placeholder={t("searchPlaceholder")}
        aria-label={t("searchLabel")}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={100}
        className="h-10 w-full rounded-full border border-line bg-surface-2 pl-10 pr-4 text-sm placeholder:text-muted focus:border-accent-500 focus:outline-none"
      />
      {showList ? (
        <ul id={listId} role="listbox" aria-label={t("suggestions")} className="absolute inset-x-0 top-12 z-40 overflow-hidden rounded-2xl border border-line bg-surface p-1.5 shadow-xl">
          {items.map((s, i) => (
            <li key={s.href + i} id={`${listId}-${i}`} role="option" aria-selected={i === active}>
              <a
                href={s.href}
                onMouseDown={(e) => {
                  e.preventDefault();
                  setOpen(false);
                  router.push(s.href);
                }}
                className={`flex items-center gap-3 rounded-xl px-2.5 py-2 ${i === active ? "bg-surface-2" : "hover:bg-surface-2"}`}
              >
                {s.imageUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- small thumbnail from our media route
                  <img src={s.imageUrl} alt="" className={`h-8 w-8 object-cover ${s.kind === "profile" ? "rounded-full" : "rounded-md"}`} />
                ) : (
                  <span className="h-8 w-8 rounded-full bg-surface-2" />
                )}
                <span className="min-w-0">
                  <span className="block truncate text-sm font-medium">{s.label}</span>
                  <span className="block truncate text-xs text-muted">{s.sublabel}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
