"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FollowButton } from "@/components/follow/follow-button";
import { usePlayer } from "@/components/player/player-provider";
import { ShareMenu } from "@/components/share/share-menu";
import { Avatar } from "@/components/ui/avatar";
import { useServerToggle } from "@/components/ui/use-server-toggle";
import { likeAction } from "@/lib/discovery/actions";
import type { DiscoverItem } from "@/lib/discovery/queries";

const PREVIEW_MS = 30_000;
const SOUND_KEY = "chorus-discover-sound";

// The sound preference lives in localStorage and is shared by every item.
const soundListeners = new Set<() => void>();
const soundStore = {
  subscribe: (fn: () => void) => (soundListeners.add(fn), () => soundListeners.delete(fn)),
  get: () => (typeof localStorage !== "undefined" && localStorage.getItem(SOUND_KEY) === "on" ? "on" : "off"),
  set: (on: boolean) => {
    localStorage.setItem(SOUND_KEY, on ? "on" : "off");
    soundListeners.forEach((fn) => fn());
  },
};

type Signals = { liked: boolean; followed: boolean };

function sendImpression(item: DiscoverItem, watchMs: number, s: Signals) {
  const body = JSON.stringify({ key: item.key, creatorId: item.creator.id, reason: item.reason, source: item.source, watchMs: Math.round(watchMs), skipped: watchMs < 2000 && !s.liked && !s.followed, liked: s.liked, followed: s.followed });
  if (!navigator.sendBeacon?.("/api/discover/impressions", new Blob([body], { type: "application/json" }))) void fetch("/api/discover/impressions", { method: "POST", body, headers: { "Content-Type": "application/json" }, keepalive: true });
}

function LikeButton({ item, signedIn, onLiked }: { item: DiscoverItem; signedIn: boolean; onLiked: (v: boolean) => void }) {
  const type = item.type;
  const id = item.type === "video" ? item.video.id : item.track.id;
  const tr = useTranslations("discover.item");
  const t = useServerToggle(false, signedIn, async (like) => {
    const r = await likeAction({ type, id, like });
    if (r.ok && r.data) onLiked(r.data.liked);
    return { ...r, value: r.data?.liked };
  });
  return (
    <button type="button" onClick={t.toggle} disabled={!t.ready} aria-pressed={t.on} aria-busy={t.pending || undefined} aria-label={t.on ? tr("unlike") : tr("like")} className="flex flex-col items-center gap-1 text-xs font-semibold text-white">
      <span className={`flex h-11 w-11 items-center justify-center rounded-full ${t.on ? "bg-rose-500" : "bg-white/15 hover:bg-white/25"}`}>
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill={t.on ? "currentColor" : "none"} stroke="currentColor" strokeWidth={2}>
          <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" strokeLinejoin="round" />
        </svg>
      </span>
      {t.on ? tr("liked") : tr("like")}
    </button>
  );
}

function Slide({ item, active, near, sound, signedIn, origin, signals }: { item: DiscoverItem; active: boolean; near: boolean; sound: boolean; signedIn: boolean; origin: string; signals: React.RefObject<Map<string, Signals>> }) {
  const media = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const player = usePlayer();
  const t = useTranslations("discover.item");
  const why = useTranslations("discover.why");
  useEffect(() => {
    const el = media.current;
    if (!el) return;
    el.muted = !sound;
    if (active && (item.type === "video" || sound)) {
      if (item.type === "track" && el.currentTime * 1000 >= PREVIEW_MS) el.currentTime = 0;
      void el.play().catch(() => undefined);
    } else el.pause();
  }, [active, sound, item.type]);
  const mark = (patch: Partial<Signals>) => signals.current.set(item.key, { ...(signals.current.get(item.key) ?? { liked: false, followed: false }), ...patch });
  const queueTrack = item.type === "track" ? item.track : item.video.track;
  const playing = active && (item.type === "video" || sound);
  const url = item.type === "video" ? `${origin}/@${item.creator.handle}` : `${origin}/track/${item.track.id}`;
  return (
    <section className="relative h-full snap-start snap-always py-2" aria-label={item.type === "video" ? t("videoBy", { name: item.creator.name }) : t("trackBy", { name: item.creator.name })} data-testid="discover-item" data-active={active ? "true" : "false"} data-key={item.key}>
      <div className="relative mx-auto flex h-full max-w-md items-center justify-center overflow-clip rounded-3xl bg-black">
        {item.type === "video" ? (
          <video
            ref={media}
            src={item.video.videoUrl}
            poster={item.video.posterUrl ?? undefined}
            loop
            muted
            playsInline
            preload={active ? "auto" : near ? "metadata" : "none"}
            className="h-full w-full object-cover"
            aria-label={item.video.caption || t("videoBy", { name: item.creator.name })}
          />
        ) : (
          <>
            {item.track.coverUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- blurred backdrop from our media route
              <img src={item.track.coverUrl} alt="" className="absolute inset-0 h-full w-full scale-110 object-cover opacity-40 blur-2xl" />
            ) : null}
            {item.track.coverUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- cover art, animated while the preview plays
              <img src={item.track.coverUrl} alt={t("cover", { title: item.track.title })} className={`relative h-56 w-56 rounded-full object-cover shadow-2xl ring-4 ring-white/10 ${playing ? "animate-[spin_12s_linear_infinite]" : ""}`} />
            ) : null}
            <audio
              ref={media}
              src={item.track.audioUrl}
              preload={active ? "auto" : "none"}
              onTimeUpdate={(e) => {
                if (e.currentTarget.currentTime * 1000 >= PREVIEW_MS) e.currentTarget.pause();
              }}
            />
            {!sound ? <p className="absolute top-[calc(50%+8.5rem)] rounded-full bg-black/60 px-3 py-1 text-xs font-medium text-white">{t("soundHint")}</p> : null}
          </>
        )}
        <div className="absolute right-3 top-3 z-10 rounded-full bg-black/40 text-white">
          <ShareMenu floating url={url} title={item.type === "video" ? t("shareCreator", { name: item.creator.name }) : t("shareTrack", { title: item.track.title, artist: item.track.artist })} send={item.type === "track" ? { type: "track", id: item.track.id } : { type: "video", id: item.video.id }} />
        </div>
        <div className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/85 via-black/40 to-transparent p-4 pr-20 text-white">
          <p className="mb-2 inline-block rounded-full bg-white/15 px-2.5 py-0.5 text-xs font-medium" data-testid="discover-reason">
            {item.why ? why(item.why.key, item.why.values as never) : item.reason}
          </p>
          <div className="flex items-center gap-2">
            <Link href={`/@${item.creator.handle}`} className="flex min-w-0 items-center gap-2 font-semibold hover:underline">
              <Avatar src={item.creator.avatarUrl} name={item.creator.name} size={32} />
              <span className="truncate">{item.creator.name}</span>
            </Link>
            <FollowButton profileId={item.creator.id} handle={item.creator.handle} initialFollowing={item.following} initialCount={item.creator.followerCount} signedIn={signedIn} source="discovery" onChange={(s) => mark({ followed: s.following })} />
          </div>
          <p className="mt-1.5 line-clamp-2 text-sm">{item.type === "video" ? item.video.caption : `${item.track.title} · ${item.track.artist}`}</p>
          {item.type === "video" && item.video.track ? <p className="mt-0.5 truncate text-xs text-white/80">♪ {item.video.track.title}</p> : null}
        </div>
        <div className="absolute bottom-4 right-3 flex flex-col items-center gap-4">
          <LikeButton item={item} signedIn={signedIn} onLiked={(v) => mark({ liked: v })} />
          {queueTrack ? (
            <button type="button" onClick={() => player.addToQueue(queueTrack)} aria-label={t("addToQueue", { title: queueTrack.title })} className="flex flex-col items-center gap-1 text-xs font-semibold text-white">
              <span className="flex h-11 w-11 items-center justify-center rounded-full bg-white/15 text-xl hover:bg-white/25">+</span>
              {t("queue")}
            </button>
          ) : null}
          <button type="button" onClick={() => soundStore.set(!sound)} aria-pressed={sound} aria-label={sound ? t("mute") : t("soundOn")} className="flex flex-col items-center gap-1 text-xs font-semibold text-white">
            <span className="flex h-11 w-11 items-center justify-center rounded-full bg-white/15 hover:bg-white/25">
              <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
                <path d="M4 9h4l5-4v14l-5-4H4z" />
                {sound ? <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" /> : <path d="M17 9l5 6M22 9l-5 6" />}
              </svg>
            </span>
            {sound ? t("sound") : t("muted")}
          </button>
        </div>
      </div>
    </section>
  );
}

/** The vertical feed: one item per screen, snap scrolling, j/k and arrow keys, autoplay in view, prefetch ahead. */
export function DiscoverFeed({ initial, signedIn, origin }: { initial: DiscoverItem[]; signedIn: boolean; origin: string }) {
  const t = useTranslations("discover.feed");
  const [items, setItems] = useState(initial);
  const [active, setActive] = useState(0);
  const [done, setDone] = useState(false);
  const loading = useRef(false);
  const scroller = useRef<HTMLDivElement>(null);
  const signals = useRef(new Map<string, Signals>());
  const since = useRef({ index: 0, at: 0 });
  const sound = useSyncExternalStore(soundStore.subscribe, () => soundStore.get() === "on", () => false);

  // Which item fills the screen.
  useEffect(() => {
    const root = scroller.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) setActive(Number((e.target as HTMLElement).dataset.index));
      },
      { root, threshold: 0.6 },
    );
    root.querySelectorAll<HTMLElement>("[data-index]").forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, [items.length]);

  // One impression per item shown, with how long it stayed on screen.
  useEffect(() => {
    const prev = since.current;
    const now = performance.now();
    if (prev.at && prev.index !== active && items[prev.index]) sendImpression(items[prev.index], now - prev.at, signals.current.get(items[prev.index].key) ?? { liked: false, followed: false });
    since.current = { index: active, at: now };
  }, [active, items]);

  const loadMore = useCallback(async () => {
    if (loading.current || done) return;
    loading.current = true;
    try {
      const res = await fetch(`/api/discover?exclude=${encodeURIComponent(items.map((i) => i.key).join(","))}`);
      const data = (await res.json()) as { items: DiscoverItem[] };
      if (!data.items.length) setDone(true);
      setItems((list) => [...list, ...data.items.filter((n) => !list.some((o) => o.key === n.key))]);
    } finally {
      loading.current = false;
    }
  }, [items, done]);

  // Prefetch: the next page is asked for while three items are still ahead.
  useEffect(() => {
    if (active >= items.length - 3) void loadMore();
  }, [active, items.length, loadMore]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable=true], [role=dialog]")) return;
      const step = e.key === "ArrowDown" || e.key === "j" ? 1 : e.key === "ArrowUp" || e.key === "k" ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = Math.max(0, Math.min(items.length - 1, active + step));
      // Scroll the feed only: scrollIntoView would also scroll the page around it.
      const root = scroller.current;
      const slide = root?.querySelector<HTMLElement>(`[data-index="${next}"]`);
      if (root && slide) root.scrollTo({ top: slide.offsetTop, behavior: "smooth" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, items.length]);

  if (!items.length) return <p className="py-20 text-center text-muted">{t("empty")}</p>;
  return (
    <div
      ref={scroller}
      // Fixed between the header and the bottom chrome (tabs on phones, the player dock when it shows),
      // so the page itself never scrolls and the dock never covers a card.
      className="fixed inset-x-0 top-14 bottom-[calc(3.5rem+var(--dock-h,0px))] snap-y snap-mandatory overflow-y-auto overscroll-contain px-2 sm:px-4 lg:left-60 lg:bottom-[var(--dock-h,0px)]"
      data-testid="discover-feed"
      tabIndex={-1}
    >
      {items.map((item, i) => (
        <div key={item.key} data-index={i} className="h-full">
          <Slide item={item} active={i === active} near={Math.abs(i - active) <= 1} sound={sound} signedIn={signedIn} origin={origin} signals={signals} />
        </div>
      ))}
      {done ? <p className="py-10 text-center text-sm text-muted">{t("done")}</p> : null}
    </div>
  );
}
