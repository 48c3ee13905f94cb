"use client";

import { createContext, lazy, Suspense, use, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { leftEarly, listenedDelta, playThresholdSeconds } from "@/lib/music/listen";
import { normalizedVolume } from "@/lib/audio/loudness";
import { pickFormat, withRendition } from "@/lib/audio/renditions";
import { installExclusivePlayback } from "./exclusive-playback";
import {
  advance,
  back,
  emptyQueue,
  enqueue,
  hasNext,
  hasPrevious,
  jumpContext,
  jumpUpNext,
  moveUpNext,
  playContext,
  removeUpNext,
  type EnqueueResult,
  type QueueState,
} from "./queue";
import type { SessionHandle } from "./player-session";
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

// Restoring and saving the queue, keyboard shortcuts, the lock screen's controls and saved
// preferences: loaded once the page is interactive (nothing of it renders on the server).
const PlayerSession = lazy(() => import("./player-session"));

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

  // One audio at a time across the app (dock, Discover previews, videos).
  useEffect(() => installExclusivePlayback(document), []);

  const session = useMemo<SessionHandle>(
    () => ({
      audio,
      latest: stateRef,
      pendingSeek,
      load,
      restore: ({ current: track, upNext, context, position }) =>
        setState((s) => (s.queue.current ? s : { ...s, queue: { current: track, upNext, context }, currentTime: position })),
      setSavedPreferences: (volume, on) => {
        if (volume !== null) setState((s) => ({ ...s, volume }));
        setNormalizeState(on);
      },
      setShortcutsOpen,
    }),
    [load],
  );

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
      <Suspense fallback={null}>
        <PlayerSession handle={session} queue={state.queue} currentTime={state.currentTime} playing={state.playing} toggle={toggle} seek={seek} next={next} previous={previous} />
      </Suspense>
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
