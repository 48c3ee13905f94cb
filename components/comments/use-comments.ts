"use client";

import { useCallback, useEffect, useState } from "react";
import type { CommentTarget } from "@/lib/comments/comments";
import type { CommentsView } from "@/lib/comments/queries";

async function fetchComments(query: string): Promise<CommentsView | null> {
  try {
    const r = await fetch(`/api/comments?${query}`, { cache: "no-store" });
    return r.ok ? ((await r.json()) as CommentsView) : null;
  } catch {
    // offline for a moment: the next change or reload brings them
    return null;
  }
}

/**
 * The comments on a track or release as this viewer sees them, loaded in the
 * browser (so a cached public page stays the same for everyone) and read again
 * whenever the live stream says they changed: a comment someone else posts
 * appears without a reload.
 */
export function useComments(target: CommentTarget) {
  const [view, setView] = useState<CommentsView | null>(null);
  const query = `${target.type}=${encodeURIComponent(target.id)}`;
  const reload = useCallback(() => void fetchComments(query).then((v) => v && setView(v)), [query]);
  useEffect(() => {
    let alive = true;
    const load = () => void fetchComments(query).then((v) => alive && v && setView(v));
    load();
    const source = typeof EventSource === "undefined" ? null : new EventSource(`/api/comments/stream?${query}`);
    source?.addEventListener("changed", load);
    return () => {
      alive = false;
      source?.close();
    };
  }, [query]);
  return { view, reload };
}
