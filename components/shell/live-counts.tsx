"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

type Counts = { notifications: number; messages: number; requests: number };

const POLL_MS = 15_000;

/**
 * Keeps the bell and the Messages badge (and a Requests list that is open)
 * live: a cheap poll of the counts, and a refresh of the server-rendered shell
 * only when one of them changed.
 */
export function LiveCounts({ initial }: { initial: Counts }) {
  const router = useRouter();
  const rendered = `${initial.notifications}:${initial.messages}:${initial.requests}`;
  const known = useRef(rendered);
  // A navigation re-renders the shell with fresh counts: compare against those.
  useEffect(() => {
    known.current = rendered;
  }, [rendered]);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      const r = await fetch("/api/live", { cache: "no-store" }).catch(() => null);
      if (!r?.ok || stopped) return;
      const c = (await r.json()) as Counts;
      const now = `${c.notifications}:${c.messages}:${c.requests}`;
      if (now !== known.current) {
        known.current = now;
        router.refresh();
      }
    };
    const timer = setInterval(poll, POLL_MS);
    const onVisible = () => document.visibilityState === "visible" && void poll();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [router]);
  return null;
}
