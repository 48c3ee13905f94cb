"use client";

import { useCallback, useEffect, useRef } from "react";
import type { QueueState } from "./queue";
import { deserialize, refreshTracks, savedTrackIds, serialize, type SavedPlayer } from "./saved-player";
import type { QueueTrack } from "./types";

/** What the provider lends its session: the audio element, the latest state and the ways to change it. */
export type SessionHandle = {
  audio: React.RefObject<HTMLAudioElement | null>;
  /** The provider's latest queue (to tell whether the listener started something while the saved one loaded). */
  latest: React.RefObject<{ queue: QueueState }>;
  /** Where to seek once the restored track's length is known. */
  pendingSeek: React.RefObject<number | null>;
  load: (track: QueueTrack | null, autoplay: boolean) => void;
  restore: (saved: { current: QueueTrack; upNext: QueueTrack[]; context: QueueState["context"]; position: number }) => void;
  setSavedPreferences: (volume: number | null, normalize: boolean) => void;
  setShortcutsOpen: (open: boolean) => void;
};

type Props = {
  handle: SessionHandle;
  queue: QueueState;
  currentTime: number;
  playing: boolean;
  toggle: () => void;
  seek: (seconds: number) => void;
  next: () => void;
  previous: () => void;
};

const STORAGE_KEY = "chorus-player";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(target.tagName));

/**
 * The persistent player's session, loaded once the page is interactive (none of it is
 * needed to show a page or to start a track): what it played coming back after a reload,
 * saved as it changes; the keyboard shortcuts; the lock screen's Media Session; the
 * listener's saved volume and loudness choice. Renders nothing.
 */
export default function PlayerSession({ handle, queue, currentTime, playing, toggle, seek, next, previous }: Props) {
  const { audio, latest, pendingSeek, load, restore, setSavedPreferences, setShortcutsOpen } = handle;
  const restored = useRef(false);
  const current = queue.current;

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
        if (!fresh?.current || latest.current.queue.current) return;
        pendingSeek.current = fresh.position;
        load(fresh.current, false);
        restore({ current: fresh.current, upNext: fresh.upNext, context: fresh.context, position: fresh.position });
      })
      .catch(() => {
        restored.current = true;
      });
    return () => controller.abort();
  }, [latest, pendingSeek, load, restore]);

  // Save on every queue change, every few seconds of playback and when the page goes away.
  // (Kept here: a child's effects run before its parent's, so the provider's own ref is a render behind.)
  const now = useRef({ queue, currentTime });
  useEffect(() => {
    now.current = { queue, currentTime };
  }, [queue, currentTime]);
  const save = useCallback(() => {
    if (!restored.current) return;
    const { queue: q, currentTime: position } = now.current;
    try {
      if (!q.current) localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, serialize(q, audio.current?.currentTime ?? position));
    } catch {
      // storage full or unavailable: the player still works, it just won't survive a reload
    }
  }, [audio]);
  useEffect(save, [queue, save]);
  const lastSaved = useRef(0);
  useEffect(() => {
    if (Math.abs(currentTime - lastSaved.current) < 5) return;
    lastSaved.current = currentTime;
    save();
  }, [currentTime, save]);
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
  }, [current, toggle, seek, next, previous, audio, setShortcutsOpen]);

  // The lock screen shows whether we are playing, not only what.
  useEffect(() => {
    if ("mediaSession" in navigator) navigator.mediaSession.playbackState = !current ? "none" : playing ? "playing" : "paused";
  }, [current, playing]);

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
  }, [current, next, previous, seek, audio]);

  // The listener's volume and loudness normalisation, as they left them.
  useEffect(() => {
    try {
      const raw = localStorage.getItem("chorus-volume");
      const volume = raw === null ? null : Number(raw);
      setSavedPreferences(volume !== null && volume >= 0 && volume <= 1 ? volume : null, localStorage.getItem("chorus-normalize") !== "0");
    } catch {
      // storage unavailable
    }
  }, [setSavedPreferences]);

  return null;
}
