"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FeedItem, FeedPage } from "@/lib/feed/types";
import { FeedCard } from "./feed-card";

/** Merges a page into the list: groups already shown absorb their new actors instead of repeating. */
function merge(list: FeedItem[], page: FeedItem[]): FeedItem[] {
  const byKey = new Map(list.map((i) => [i.key, i]));
  const out = [...list];
  for (const item of page) {
    const existing = byKey.get(item.key);
    if (!existing) {
      out.push(item);
      byKey.set(item.key, item);
    } else {
      const ids = new Set(existing.actors.map((a) => a.id));
      const extra = item.actors.filter((a) => !ids.has(a.id));
      const merged = { ...existing, actors: [...existing.actors, ...extra].slice(0, 3), actorCount: existing.actorCount + extra.length } as FeedItem;
      out[out.indexOf(existing)] = merged;
      byKey.set(item.key, merged);
    }
  }
  return out;
}

/** Infinite scroll by cursor, plus a pill when new updates arrive (polled every 20 s). */
export function FeedList({ initial }: { initial: FeedPage }) {
  const t = useTranslations("feed");
  const router = useRouter();
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [loading, setLoading] = useState(false);
  const [fresh, setFresh] = useState(0);
  const sentinel = useRef<HTMLDivElement>(null);
  const [synced, setSynced] = useState(initial);
  if (synced !== initial) {
    // A server refresh (after "show new updates") starts the list over.
    setSynced(initial);
    setItems(initial.items);
    setCursor(initial.nextCursor);
    setFresh(0);
  }

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !cursor) return;
    const observer = new IntersectionObserver(async (entries) => {
      if (!entries[0]?.isIntersecting || loading) return;
      setLoading(true);
      try {
        const res = await fetch(`/api/feed?cursor=${encodeURIComponent(cursor)}`);
        if (res.ok) {
          const page = (await res.json()) as FeedPage;
          setItems((list) => merge(list, page.items));
          setCursor(page.nextCursor);
        }
      } finally {
        setLoading(false);
      }
    }, { rootMargin: "600px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [cursor, loading]);

  useEffect(() => {
    if (!initial.newest) return;
    const since = initial.newest;
    const poll = async () => {
      if (document.hidden) return;
      const res = await fetch(`/api/feed?since=${encodeURIComponent(since)}`).catch(() => null);
      if (res?.ok) setFresh(((await res.json()) as { count: number }).count);
    };
    const timer = setInterval(poll, 20_000);
    return () => clearInterval(timer);
  }, [initial.newest]);

  return (
    <div className="relative">
      {/* Always there, so screen readers hear the pill when it appears. */}
      <div aria-live="polite" className="sticky top-16 z-10">
      {fresh > 0 ? (
        <div className="flex justify-center">
          <button type="button" onClick={() => { window.scrollTo({ top: 0, behavior: "smooth" }); router.refresh(); }} className="rounded-full bg-accent-600 px-4 py-2 text-sm font-semibold text-white shadow-lg hover:bg-accent-500">
            {t("newUpdates", { count: fresh })}
          </button>
        </div>
      ) : null}
      </div>
      <div className="space-y-4" data-testid="feed">
        {items.map((item) => (
          <FeedCard key={item.key} item={item} />
        ))}
      </div>
      <div ref={sentinel} aria-hidden="true" />
      {loading ? <p className="py-6 text-center text-sm text-muted">{t("loadingMore")}</p> : null}
      {!cursor && items.length > 0 ? <p className="py-8 text-center text-sm text-muted">{t("caughtUp")}</p> : null}
    </div>
  );
}
