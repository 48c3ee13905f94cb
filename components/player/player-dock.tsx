"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useState } from "react";
import { usePlayer } from "./player-provider";
import type { EnqueueResult } from "./queue";

// Loaded when first needed: a track is loaded, or "?" asks for the shortcuts. Neither renders
// on the server (nothing plays there), so React's lazy is enough (next/dynamic weighs more).
const PlayerBar = lazy(() => import("./player-bar"));
const ShortcutsDialog = lazy(() => import("./shortcuts-dialog"));

const NOTICE_KEYS = { playing: "playing", added: "added", duplicate: "duplicate", current: "current" } as const satisfies Record<EnqueueResult, string>;

function Notice() {
  const p = usePlayer();
  const t = useTranslations("player.notice");
  const [shown, setShown] = useState<number | null>(null);
  const id = p.notice?.id ?? null;
  useEffect(() => {
    if (id === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- show each new notice for a few seconds
    setShown(id);
    const timer = setTimeout(() => setShown(null), 3500);
    return () => clearTimeout(timer);
  }, [id]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none absolute inset-x-0 -top-12 flex justify-center px-4">
      {shown !== null && p.notice ? <span className="rounded-full bg-fg px-4 py-2 text-sm font-semibold text-bg shadow-lg">{t(NOTICE_KEYS[p.notice.kind], { title: p.notice.title })}</span> : null}
    </div>
  );
}

/** Publishes the dock's height as --dock-h so full-screen views (Discover) end above it. */
function useDockHeightVariable() {
  useEffect(() => {
    const dock = document.getElementById("player-dock");
    if (!dock) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--dock-h", `${dock.offsetHeight}px`));
    observer.observe(dock);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--dock-h");
    };
  }, []);
}

export function PlayerDock() {
  const p = usePlayer();
  useDockHeightVariable();
  const shortcuts = p.shortcutsOpen ? (
    <Suspense fallback={null}>
      <ShortcutsDialog />
    </Suspense>
  ) : null;
  if (!p.current) {
    return (
      <>
        <Notice />
        {shortcuts}
      </>
    );
  }
  return (
    <>
      <Suspense fallback={<Notice />}>
        <PlayerBar notice={<Notice />} />
      </Suspense>
      {shortcuts}
    </>
  );
}
