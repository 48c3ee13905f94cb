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

/** Installs the rule on a document; returns the uninstaller. */
export function installExclusivePlayback(doc: Document): () => void {
  const onSound = (event: Event) => {
    const source = event.target;
    if (!(source instanceof HTMLMediaElement)) return;
    for (const other of othersToPause(doc.querySelectorAll<HTMLMediaElement>("audio, video"), source)) other.pause();
  };
  // Media events do not bubble: listen in the capture phase.
  doc.addEventListener("play", onSound, true);
  doc.addEventListener("volumechange", onSound, true);
  return () => {
    doc.removeEventListener("play", onSound, true);
    doc.removeEventListener("volumechange", onSound, true);
  };
}
