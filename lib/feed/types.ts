import type { ConcertCard } from "@/lib/concerts/queries";
import type { ReleaseCard, TrackCard } from "@/lib/music/queries";
import type { ProfileCard } from "@/lib/profiles/dto";
import type { VideoCard } from "@/lib/videos/queries";
import type { RemotePostCard } from "@/lib/federation/queries";

/** A feed item as JSON: dates are ISO strings so pages can come from /api/feed too. */
export type FeedItem = {
  key: string;
  at: string;
  actors: ProfileCard[];
  actorCount: number;
} & (
  | { kind: "release"; release: Omit<ReleaseCard, "releaseAt"> & { releaseAt: string; tracks: TrackCard[] } }
  | { kind: "concert"; concert: Omit<ConcertCard, "startsAt"> & { startsAt: string } }
  | { kind: "product"; product: { id: string; title: string; priceMinor: number; currency: string; imageUrl: string | null; inStock: boolean } }
  | { kind: "followed"; target: ProfileCard }
  | { kind: "track"; shared: boolean; track: TrackCard }
  | { kind: "video"; video: VideoCard }
  | { kind: "announcement"; announcement: { id: string; body: string } }
  | ({ kind: "playlist" } & PlaylistUpdate)
  /** From someone followed on another server (no local actors). */
  | { kind: "remote"; post: RemotePostCard }
);

/** Tracks added to a followed playlist on one day: a few of them, and how many. */
export type PlaylistUpdate = { playlist: { id: string; title: string; owner: { handle: string; name: string }; cover: { coverUrl: string | null; mosaic: string[] } }; tracks: TrackCard[]; added: number };

export type FeedPage = { items: FeedItem[]; nextCursor: string | null; newest: string | null };
