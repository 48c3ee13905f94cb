export type QueueTrack = {
  id: string;
  title: string;
  artist: string;
  artistHandle: string;
  coverUrl: string | null;
  audioUrl: string;
  durationMs: number;
  /** The release it is on (the lock screen shows it as the album). */
  album?: string | null;
};
