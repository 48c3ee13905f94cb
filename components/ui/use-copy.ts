"use client";

import { useEffect, useState } from "react";

/**
 * Copy to the clipboard and remember what was copied last (to say "Copied" on its button);
 * `resetMs` forgets it after that long. Nothing is remembered when the browser refuses.
 */
export function useCopy(resetMs?: number) {
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    if (copied === null || resetMs === undefined) return;
    const timer = setTimeout(() => setCopied(null), resetMs);
    return () => clearTimeout(timer);
  }, [copied, resetMs]);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  };
  return { copied, copy };
}
