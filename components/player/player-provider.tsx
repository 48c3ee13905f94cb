"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { listenedDelta, playThresholdSeconds } from "@/lib/music/listen";
import { installExclusivePlayback } from "./exclusive-playback";
import type { QueueTrack } from "./types";

type PlayerState = {
  queue: QueueTrack[];
  index: number;
  playing: boolean;
  currentTime: number;
  duration: number;
  volume: number;
};

type PlayerApi = PlayerState & {
  current: QueueTrack | null;
  playTracks: (tracks: QueueTrack[], startIndex?: number) => void;
  addToQueue: (track: QueueTrack) => void;
  toggle: () => void;
  seek: (seconds: number) => void;
  next: () => void;
  previous: () => void;
  jumpTo: (index: number) => void;
  move: (from: number, to: number) => void;
  removeAt: (index: number) => void;
  clear: () => void;
  setVolume: (volume: number) => void;
};

const PlayerContext = createContext<PlayerApi | null>(null);

export function usePlayer(): PlayerApi {
  const value = use(PlayerContext);
  if (!value) throw new Error("usePlayer must be used inside PlayerProvider");
  return value;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName));

/**
 * The persistent player. It lives in the (main) layout, which App Router
 * keeps mounted across navigation, so the one <audio> element keeps playing.
 */
export function PlayerProvider({ children }: { children: React.ReactNode }) {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [state, setState] = useState<PlayerState>({ queue: [], index: -1, playing: false, currentTime: 0, duration: 0, volume: 1 });
  const listen = useRef({ trackKey: "", listened: 0, last: 0, counted: false });
  const current = state.index >= 0 ? (state.queue[state.index] ?? null) : null;

  const load = useCallback((track: QueueTrack | null, autoplay: boolean) => {
    const el = audio.current;
    if (!el) return;
    if (!track) {
      el.pause();
      el.removeAttribute("src");
      el.load();
      return;
    }
    listen.current = { trackKey: `${track.id}:${Date.now()}`, listened: 0, last: 0, counted: false };
    el.src = track.audioUrl;
    if (autoplay) void el.play().catch(() => setState((s) => ({ ...s, playing: false })));
  }, []);

  const playTracks = useCallback(
    (tracks: QueueTrack[], startIndex = 0) => {
      setState((s) => ({ ...s, queue: tracks, index: startIndex, currentTime: 0 }));
      load(tracks[startIndex] ?? null, true);
    },
    [load],
  );

  const jumpTo = useCallback(
    (index: number) => {
      setState((s) => {
        if (index < 0 || index >= s.queue.length) return s;
        load(s.queue[index], true);
        return { ...s, index, currentTime: 0 };
      });
    },
    [load],
  );

  const next = useCallback(() => setState((s) => {
    if (s.index + 1 >= s.queue.length) return s;
    load(s.queue[s.index + 1], true);
    return { ...s, index: s.index + 1, currentTime: 0 };
  }), [load]);

  const previous = useCallback(() => {
    const el = audio.current;
    // Like every player: past the first 3 seconds, "previous" restarts the track.
    if (el && el.currentTime > 3) {
      el.currentTime = 0;
      return;
    }
    setState((s) => {
      if (s.index <= 0) return s;
      load(s.queue[s.index - 1], true);
      return { ...s, index: s.index - 1, currentTime: 0 };
    });
  }, [load]);

  const toggle = useCallback(() => {
    const el = audio.current;
    if (!el || !el.src) return;
    if (el.paused) void el.play().catch(() => undefined);
    else el.pause();
  }, []);

  const seek = useCallback((seconds: number) => {
    const el = audio.current;
    if (!el || !Number.isFinite(el.duration)) return;
    el.currentTime = Math.max(0, Math.min(el.duration - 0.05, seconds));
  }, []);

  const api = useMemo<PlayerApi>(
    () => ({
      ...state,
      current,
      playTracks,
      addToQueue: (track) =>
        setState((s) => {
          if (s.queue.length === 0) {
            load(track, true);
            return { ...s, queue: [track], index: 0 };
          }
          return { ...s, queue: [...s.queue, track] };
        }),
      toggle,
      seek,
      next,
      previous,
      jumpTo,
      move: (from, to) =>
        setState((s) => {
          if (from === to || from < 0 || to < 0 || from >= s.queue.length || to >= s.queue.length) return s;
          const queue = [...s.queue];
          const [item] = queue.splice(from, 1);
          queue.splice(to, 0, item);
          const index = s.index === from ? to : from < s.index && to >= s.index ? s.index - 1 : from > s.index && to <= s.index ? s.index + 1 : s.index;
          return { ...s, queue, index };
        }),
      removeAt: (i) =>
        setState((s) => {
          if (i < 0 || i >= s.queue.length) return s;
          const queue = s.queue.filter((_, k) => k !== i);
          if (i === s.index) {
            const nextIndex = queue.length ? Math.min(i, queue.length - 1) : -1;
            load(queue[nextIndex] ?? null, s.playing);
            return { ...s, queue, index: nextIndex };
          }
          return { ...s, queue, index: i < s.index ? s.index - 1 : s.index };
        }),
      clear: () => {
        load(null, false);
        setState((s) => ({ ...s, queue: [], index: -1, playing: false, currentTime: 0, duration: 0 }));
      },
      setVolume: (volume) => {
        if (audio.current) audio.current.volume = volume;
        setState((s) => ({ ...s, volume }));
        try {
          localStorage.setItem("chorus-volume", String(volume));
        } catch {
          // storage unavailable: volume lasts for this page
        }
      },
    }),
    [state, current, playTracks, toggle, seek, next, previous, jumpTo, load],
  );

  // Keyboard: space plays/pauses, arrows seek, unless the user is typing or on a control.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!current || e.altKey || e.ctrlKey || e.metaKey) return;
      const onSlider = e.target instanceof HTMLInputElement && e.target.type === "range";
      if (isTyping(e.target) && !(onSlider && e.code === "Space")) return;
      if (e.code === "Space") {
        e.preventDefault();
        toggle();
      } else if (e.key === "ArrowRight") seek((audio.current?.currentTime ?? 0) + 5);
      else if (e.key === "ArrowLeft") seek((audio.current?.currentTime ?? 0) - 5);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, toggle, seek]);

  // One audio at a time across the app (dock, Discover previews, videos).
  useEffect(() => installExclusivePlayback(document), []);

  // The lock screen shows whether we are playing, not only what.
  useEffect(() => {
    if ("mediaSession" in navigator) navigator.mediaSession.playbackState = !current ? "none" : state.playing ? "playing" : "paused";
  }, [current, state.playing]);

  // Media Session: lock-screen and headset controls with artwork.
  useEffect(() => {
    if (!current || !("mediaSession" in navigator)) return;
    navigator.mediaSession.metadata = new MediaMetadata({
      title: current.title,
      artist: current.artist,
      album: current.album ?? "",
      artwork: current.coverUrl ? [{ src: current.coverUrl, sizes: "800x800", type: "image/webp" }] : [],
    });
    navigator.mediaSession.setActionHandler("play", () => void audio.current?.play());
    navigator.mediaSession.setActionHandler("pause", () => audio.current?.pause());
    navigator.mediaSession.setActionHandler("nexttrack", next);
    navigator.mediaSession.setActionHandler("previoustrack", previous);
    navigator.mediaSession.setActionHandler("seekto", (d) => d.seekTime != null && seek(d.seekTime));
  }, [current, next, previous, seek]);

  useEffect(() => {
    try {
      const saved = Number(localStorage.getItem("chorus-volume"));
      if (audio.current && saved >= 0 && saved <= 1 && localStorage.getItem("chorus-volume") !== null) {
        audio.current.volume = saved;
        // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring a saved preference once on mount
        setState((s) => ({ ...s, volume: saved }));
      }
    } catch {
      // storage unavailable
    }
  }, []);

  const countListen = (el: HTMLAudioElement) => {
    const l = listen.current;
    l.listened += listenedDelta(l.last, el.currentTime);
    l.last = el.currentTime;
    if (!l.counted && current && l.listened >= playThresholdSeconds(el.duration)) {
      l.counted = true;
      void fetch("/api/plays", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ trackId: current.id, source: "app" }), keepalive: true }).catch(() => undefined);
    }
  };

  return (
    <PlayerContext value={api}>
      {children}
      <audio
        ref={audio}
        preload="metadata"
        data-testid="player-audio"
        onPlay={() => setState((s) => ({ ...s, playing: true }))}
        onPause={() => setState((s) => ({ ...s, playing: false }))}
        onTimeUpdate={(e) => {
          const el = e.currentTarget;
          countListen(el);
          setState((s) => ({ ...s, currentTime: el.currentTime }));
        }}
        onSeeked={(e) => (listen.current.last = e.currentTarget.currentTime)}
        onLoadedMetadata={(e) => {
          const el = e.currentTarget;
          setState((s) => ({ ...s, duration: el.duration }));
        }}
        onEnded={next}
      />
    </PlayerContext>
  );
}
