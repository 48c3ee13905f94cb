"use client";

import { useCallback, useEffect, useRef } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { usePlayer } from "./player-provider";

const SHORTCUTS: [string, string][] = [
  ["Space", "Play or pause"],
  ["← →", "Back or forward 5 seconds"],
  ["N", "Next track"],
  ["P", "Previous track (or restart)"],
  ["?", "Show these shortcuts"],
];

/** The player's keyboard shortcuts, opened with "?" (or the dock's ⌨ button). */
export default function ShortcutsDialog() {
  const p = usePlayer();
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
            Keyboard shortcuts
          </h2>
          <button type="button" onClick={close} aria-label="Close shortcuts" className="rounded-full px-2 py-1 text-muted hover:bg-surface-2 hover:text-fg">
            ×
          </button>
        </div>
        <dl className="space-y-2 text-sm">
          {SHORTCUTS.map(([key, what]) => (
            <div key={key} className="flex items-center justify-between gap-4">
              <dt>
                <kbd className="rounded-md border border-line bg-surface-2 px-2 py-0.5 font-mono text-xs">{key}</kbd>
              </dt>
              <dd className="text-muted">{what}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-xs text-muted">Shortcuts work anywhere except while you type in a field.</p>
      </div>
    </div>
  );
}

