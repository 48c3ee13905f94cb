export type QueueTrack = {
  id: string;
  title: string;
  artist: string;
  artistHandle: string;
  coverUrl: string | null;
  audioUrl: string;
  durationMs: number;
};
