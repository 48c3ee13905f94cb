"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { usePlayer } from "./player-provider";

/** [the key (a message when it has a name), what it does]. */
const SHORTCUTS = [
  [{ name: "space" }, "playPause"],
  ["← →", "seek"],
  ["N", "next"],
  ["P", "previous"],
  ["?", "help"],
] as const;

/** The player's keyboard shortcuts, opened with "?" (or the dock's ⌨ button). */
export default function ShortcutsDialog() {
  const p = usePlayer();
  const t = useTranslations("player.shortcuts");
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const close = useCallback(() => p.setShortcutsOpen(false), [p]);
  useDismiss(p.shortcutsOpen, close, panel, opener);
  useEffect(() => {
    if (!p.shortcutsOpen) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
  }, [p.shortcutsOpen]);
  if (!p.shortcutsOpen) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4">
      <div ref={panel} tabIndex={-1} role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="w-full max-w-sm rounded-3xl border border-line bg-surface p-5 shadow-xl outline-none">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="shortcuts-title" className="text-base font-bold">
            {t("title")}
          </h2>
          <button type="button" onClick={close} aria-label={t("close")} className="rounded-full px-2 py-1 text-muted hover:bg-surface-2 hover:text-fg">
            ×
          </button>
        </div>
        <dl className="space-y-2 text-sm">
          {SHORTCUTS.map(([key, what]) => (
            <div key={what} className="flex items-center justify-between gap-4">
              <dt>
                <kbd className="rounded-md border border-line bg-surface-2 px-2 py-0.5 font-mono text-xs">{typeof key === "string" ? key : t(`keys.${key.name}`)}</kbd>
              </dt>
              <dd className="text-muted">{t(`does.${what}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-xs text-muted">{t("note")}</p>
      </div>
    </div>
  );
}

