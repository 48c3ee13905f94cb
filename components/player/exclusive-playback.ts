/**
 * One audio at a time, everywhere in the app: when any media element starts
 * making sound (it plays unmuted, or a playing one is unmuted), every other
 * audible one pauses: the player dock, Discover previews, video cards. Muted
 * autoplaying previews are left alone; they make no sound.
 */
export type MediaLike = { paused: boolean; muted: boolean; volume: number; pause(): void };

const audible = (m: MediaLike) => !m.paused && !m.muted && m.volume > 0;

/** The elements to pause because `source` became audible. */
export function othersToPause<T extends MediaLike>(all: Iterable<T>, source: T): T[] {
  if (!audible(source)) return [];
  return [...all].filter((m) => m !== source && audible(m));
}

/**
 * Chorus documents that share a browser partition (the app's tabs, several
 * Chorus embeds on one website) tell each other when one starts making sound,
 * on this channel; the others pause. The embed player speaks it too.
 */
export const PLAYBACK_CHANNEL = "chorus-playback";

/** Installs the rule on a document; returns the uninstaller. */
export function installExclusivePlayback(doc: Document): () => void {
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(PLAYBACK_CHANNEL) : null;
  const media = () => doc.querySelectorAll<HTMLMediaElement>("audio, video");
  const onSound = (event: Event) => {
    const source = event.target;
    if (!(source instanceof HTMLMediaElement)) return;
    for (const other of othersToPause(media(), source)) other.pause();
    if (audible(source)) channel?.postMessage({ type: "playing" });
  };
  if (channel)
    channel.onmessage = () => {
      for (const m of media()) if (audible(m)) m.pause();
    };
  // Media events do not bubble: listen in the capture phase.
  doc.addEventListener("play", onSound, true);
  doc.addEventListener("volumechange", onSound, true);
  return () => {
    doc.removeEventListener("play", onSound, true);
    doc.removeEventListener("volumechange", onSound, true);
    channel?.close();
  };
}
