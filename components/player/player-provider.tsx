"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { leftEarly, listenedDelta, playThresholdSeconds } from "@/lib/music/listen";
import { normalizedVolume } from "@/lib/audio/loudness";
import { pickFormat, withRendition } from "@/lib/audio/renditions";
import { installExclusivePlayback } from "./exclusive-playback";
import {
  advance,
  back,
  deserialize,
  emptyQueue,
  enqueue,
  hasNext,
  hasPrevious,
  jumpContext,
  jumpUpNext,
  moveUpNext,
  playContext,
  refreshTracks,
  removeUpNext,
  savedTrackIds,
  serialize,
  type EnqueueResult,
  type QueueState,
  type SavedPlayer,
} from "./queue";
import type { QueueTrack } from "./types";

type PlayerState = {
  queue: QueueState;
  playing: boolean;
  currentTime: number;
  duration: number;
  volume: number;
  /** The answer to the last "Add to queue", shown briefly by the dock (which words it: this provider sits above the messages). */
  notice: { id: number; kind: EnqueueResult; title: string } | null;
};

export type PlayFrom = { label?: string | null; href?: string | null };

/** What the server knows about the playing track beyond the queue: its waveform, loudness gain and the viewer's heart. */
export type CurrentSound = { id: string; peaks: string | null; gainDb: number | null; liked: boolean; signedIn: boolean };

type PlayerApi = Omit<PlayerState, "queue"> & {
  current: QueueTrack | null;
  upNext: QueueTrack[];
  context: QueueState["context"];
  hasNext: boolean;
  hasPrevious: boolean;
  playTracks: (tracks: QueueTrack[], startIndex?: number, from?: PlayFrom, startAtSeconds?: number) => void;
  /** The playing track's waveform and gain, once fetched (null meanwhile or for another track). */
  sound: CurrentSound | null;
  /** Loudness normalisation (on unless the listener turned it off). */
  normalize: boolean;
  setNormalize: (on: boolean) => void;
  addToQueue: (track: QueueTrack) => EnqueueResult;
  toggle: () => void;
  seek: (seconds: number) => void;
  next: () => void;
  previous: () => void;
  jumpContext: (index: number) => void;
  jumpUpNext: (index: number) => void;
  moveUpNext: (from: number, to: number) => void;
  removeUpNext: (index: number) => void;
  clear: () => void;
  setVolume: (volume: number) => void;
  shortcutsOpen: boolean;
  setShortcutsOpen: (open: boolean) => void;
};

const PlayerContext = createContext<PlayerApi | null>(null);

export function usePlayer(): PlayerApi {
  const value = use(PlayerContext);
  if (!value) throw new Error("usePlayer must be used inside PlayerProvider");
  return value;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName));

const STORAGE_KEY = "chorus-player";

/**
 * The persistent player. It lives in the (main) layout, which App Router
 * keeps mounted across navigation, so the one <audio> element keeps playing;
 * what it plays, the queue and the position survive a reload (localStorage).
 */
/** Tells the server about a listen: a counted play, a play heard to the end, an early skip, or a track added to the queue. */
function reportListen(trackId: string, event: "play" | "complete" | "skip" | "queue") {
  if (!trackId) return;
  void fetch("/api/plays", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ trackId, source: "app", event }), keepalive: true }).catch(() => undefined);
}

export function PlayerProvider({ children }: { children: React.ReactNode }) {
  const audio = useRef<HTMLAudioElement | null>(null);
  const [state, setState] = useState<PlayerState>({ queue: emptyQueue, playing: false, currentTime: 0, duration: 0, volume: 1, notice: null });
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [sound, setSound] = useState<CurrentSound | null>(null);
  const [normalize, setNormalizeState] = useState(true);
  const listen = useRef({ trackKey: "", trackId: "", listened: 0, last: 0, counted: false });
  const pendingSeek = useRef<number | null>(null);
  const restored = useRef(false);
  const { current } = state.queue;

  const load = useCallback((track: QueueTrack | null, autoplay: boolean) => {
    const el = audio.current;
    if (!el) return;
    if (!track) {
      el.pause();
      el.removeAttribute("src");
      el.load();
      return;
    }
    // Moving on before a track counted is an early skip, for its creator's numbers.
    if (leftEarly(listen.current)) reportListen(listen.current.trackId, "skip");
    listen.current = { trackKey: `${track.id}:${Date.now()}`, trackId: track.id, listened: 0, last: 0, counted: false };
    // The streaming copy this browser plays best (Opus, else AAC), smaller when the listener saves data.
    const saveData = !!(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
    el.src = withRendition(track.audioUrl, pickFormat((mime) => el.canPlayType(mime), saveData));
    if (autoplay) void el.play().catch(() => setState((s) => ({ ...s, playing: false })));
  }, []);

  /** Applies a queue step and starts its current track (null: nothing to do). */
  const step = useCallback(
    (change: (q: QueueState) => QueueState | null) =>
      setState((s) => {
        const q = change(s.queue);
        if (!q || !q.current) return s;
        load(q.current, true);
        return { ...s, queue: q, currentTime: 0 };
      }),
    [load],
  );

  const playTracks = useCallback(
    (tracks: QueueTrack[], startIndex = 0, from?: PlayFrom, startAtSeconds?: number) => {
      // Started from a point of its waveform or a timed comment: seek there once the audio knows its length.
      pendingSeek.current = startAtSeconds ?? null;
      step((q) => playContext(q, tracks, startIndex, from));
    },
    [step],
  );
  const next = useCallback(() => step(advance), [step]);

  const previous = useCallback(() => {
    const el = audio.current;
    // Like every player: past the first 3 seconds, "previous" restarts the track.
    if (el && el.currentTime > 3) {
      el.currentTime = 0;
      return;
    }
    step(back);
  }, [step]);

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

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const addToQueue = useCallback(
    (track: QueueTrack): EnqueueResult => {
      // Decide from the latest state so a double tap is seen as a duplicate.
      const { state: q, result } = enqueue(stateRef.current.queue, track);
      stateRef.current = { ...stateRef.current, queue: q };
      if (result === "playing") load(track, true);
      // The creator's numbers count a listener's "Add to queue" (the server counts it once a day per listener and track).
      if (result === "added") reportListen(track.id, "queue");
      setState((s) => ({ ...s, queue: q, notice: { id: (s.notice?.id ?? 0) + 1, kind: result, title: track.title } }));
      return result;
    },
    [load],
  );

  const api = useMemo<PlayerApi>(
    () => ({
      playing: state.playing,
      currentTime: state.currentTime,
      duration: state.duration,
      volume: state.volume,
      notice: state.notice,
      current,
      upNext: state.queue.upNext,
      context: state.queue.context,
      hasNext: hasNext(state.queue),
      hasPrevious: hasPrevious(state.queue),
      playTracks,
      sound: sound && sound.id === current?.id ? sound : null,
      normalize,
      setNormalize: (on) => {
        setNormalizeState(on);
        try {
          localStorage.setItem("chorus-normalize", on ? "1" : "0");
        } catch {
          // storage unavailable: the choice lasts for this page
        }
      },
      addToQueue,
      toggle,
      seek,
      next,
      previous,
      jumpContext: (i) => step((q) => jumpContext(q, i)),
      jumpUpNext: (i) => step((q) => jumpUpNext(q, i)),
      moveUpNext: (from, to) => setState((s) => ({ ...s, queue: moveUpNext(s.queue, from, to) })),
      removeUpNext: (i) => setState((s) => ({ ...s, queue: removeUpNext(s.queue, i) })),
      clear: () => {
        load(null, false);
        setState((s) => ({ ...s, queue: emptyQueue, playing: false, currentTime: 0, duration: 0 }));
      },
      setVolume: (volume) => {
        setState((s) => ({ ...s, volume }));
        try {
          localStorage.setItem("chorus-volume", String(volume));
        } catch {
          // storage unavailable: volume lasts for this page
        }
      },
      shortcutsOpen,
      setShortcutsOpen,
    }),
    [state, current, playTracks, addToQueue, toggle, seek, next, previous, step, load, shortcutsOpen, sound, normalize],
  );

  // Restore what was playing before a reload: paused, at the same position, with fresh signed URLs.
  useEffect(() => {
    let saved: SavedPlayer | null = null;
    try {
      saved = deserialize(localStorage.getItem(STORAGE_KEY));
    } catch {
      saved = null;
    }
    if (!saved) {
      restored.current = true;
      return;
    }
    const controller = new AbortController();
    void fetch(`/api/tracks?ids=${savedTrackIds(saved).map(encodeURIComponent).join(",")}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ tracks: QueueTrack[] }>) : null))
      .then((body) => {
        const fresh = body && saved ? refreshTracks(saved, new Map(body.tracks.map((t) => [t.id, t]))) : null;
        restored.current = true;
        // Nothing to restore, or the listener already started something else meanwhile.
        if (!fresh?.current || stateRef.current.queue.current) return;
        pendingSeek.current = fresh.position;
        load(fresh.current, false);
        setState((s) => (s.queue.current ? s : { ...s, queue: { current: fresh.current, upNext: fresh.upNext, context: fresh.context }, currentTime: fresh.position }));
      })
      .catch(() => {
        restored.current = true;
      });
    return () => controller.abort();
  }, [load]);

  // Save on every queue change, every few seconds of playback and when the page goes away.
  const save = useCallback(() => {
    if (!restored.current) return;
    const { queue } = stateRef.current;
    try {
      if (!queue.current) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, serialize(queue, audio.current?.currentTime ?? stateRef.current.currentTime));
    } catch {
      // storage full or unavailable: the player still works, it just won't survive a reload
    }
  }, []);
  useEffect(save, [state.queue, save]);
  const lastSaved = useRef(0);
  useEffect(() => {
    if (Math.abs(state.currentTime - lastSaved.current) < 5) return;
    lastSaved.current = state.currentTime;
    save();
  }, [state.currentTime, save]);
  useEffect(() => {
    window.addEventListener("pagehide", save);
    return () => window.removeEventListener("pagehide", save);
  }, [save]);

  // Keyboard: space plays/pauses, arrows seek, N/P change track, ? lists the shortcuts; not while typing or on a control.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const onSlider = e.target instanceof HTMLInputElement && e.target.type === "range";
      if (isTyping(e.target) && !(onSlider && e.code === "Space")) return;
      if (e.key === "?") {
        e.preventDefault();
        setShortcutsOpen(true);
        return;
      }
      if (!current) return;
      if (e.code === "Space") {
        e.preventDefault();
        toggle();
      } else if (e.key === "ArrowRight" && !e.defaultPrevented) seek((audio.current?.currentTime ?? 0) + 5);
      else if (e.key === "ArrowLeft" && !e.defaultPrevented) seek((audio.current?.currentTime ?? 0) - 5);
      else if (e.key === "n" || e.key === "N") next();
      else if (e.key === "p" || e.key === "P") previous();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, toggle, seek, next, previous]);

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
      if (saved >= 0 && saved <= 1 && localStorage.getItem("chorus-volume") !== null) {
        // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring a saved preference once on mount
        setState((s) => ({ ...s, volume: saved }));
      }
      if (localStorage.getItem("chorus-normalize") === "0") setNormalizeState(false);
    } catch {
      // storage unavailable
    }
  }, []);

  // The playing track's waveform, loudness gain and heart: one small request per track.
  const currentId = current?.id;
  useEffect(() => {
    if (!currentId) return;
    const controller = new AbortController();
    void fetch(`/api/tracks?ids=${encodeURIComponent(currentId)}&sound=1`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ liked: string[]; signedIn: boolean; sounds?: Record<string, { peaks: string | null; gainDb: number | null }> }>) : null))
      .then((body) => {
        if (!body) return;
        const info = body.sounds?.[currentId];
        setSound({ id: currentId, peaks: info?.peaks ?? null, gainDb: info?.gainDb ?? null, liked: body.liked.includes(currentId), signedIn: body.signedIn });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [currentId]);

  // Volume: the listener's, lowered for loud masters while normalisation is on.
  const gainDb = sound && sound.id === currentId ? sound.gainDb : null;
  useEffect(() => {
    if (audio.current) audio.current.volume = normalizedVolume(state.volume, gainDb, normalize);
  }, [state.volume, gainDb, normalize]);

  const countListen = (el: HTMLAudioElement) => {
    const l = listen.current;
    l.listened += listenedDelta(l.last, el.currentTime);
    l.last = el.currentTime;
    if (!l.counted && current && l.listened >= playThresholdSeconds(el.duration)) {
      l.counted = true;
      reportListen(current.id, "play");
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
          if (pendingSeek.current !== null && Number.isFinite(el.duration)) {
            el.currentTime = Math.min(pendingSeek.current, Math.max(0, el.duration - 1));
            listen.current.last = el.currentTime;
            pendingSeek.current = null;
          }
          setState((s) => ({ ...s, duration: el.duration }));
        }}
        onEnded={() => {
          // Heard to the end: a completed play.
          if (listen.current.counted) reportListen(listen.current.trackId, "complete");
          next();
        }}
      />
    </PlayerContext>
  );
}
