import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { playlists, productImages, products, profiles } from "@/db/schema";
import { getConcertsByIds } from "@/lib/concerts/queries";
import { mediaUrl } from "@/lib/media/urls";
import { getReleasesByIds, getTracksByIds, type TrackCard } from "@/lib/music/queries";
import { getVideosByIds, type VideoCard } from "@/lib/videos/queries";

/** What a shared object looks like inside a conversation. JSON-safe: it also travels over SSE. */
export type MessageCard =
  | { kind: "track"; track: TrackCard }
  | { kind: "release"; release: { id: string; title: string; kind: string; coverUrl: string | null; artist: { handle: string; name: string }; trackCount: number } }
  | { kind: "profile"; profile: { handle: string; name: string; kind: string; avatarUrl: string | null; followerCount: number } }
  | { kind: "concert"; concert: { id: string; venueName: string; city: string; timeZone: string; startsAt: string; status: string; artist: { handle: string; name: string } } }
  | { kind: "video"; video: VideoCard }
  | { kind: "product"; product: { id: string; title: string; priceMinor: number; currency: string; imageUrl: string | null; seller: string } }
  | { kind: "playlist"; playlist: { id: string; title: string; owner: string; trackCount: number } }
  /** What was shared is deleted, unpublished or private now. */
  | { kind: "gone"; type: string };

export const cardKey = (type: string, id: string) => `${type}:${id}`;

/** Cards for many attachments in a few queries. Objects that are gone or private have no card. */
export async function hydrateCards(items: { type: string | null; id: string | null }[]): Promise<Map<string, MessageCard>> {
  const ids = (type: string) => [...new Set(items.filter((i) => i.type === type && i.id).map((i) => i.id!))];
  const out = new Map<string, MessageCard>();
  for (const [id, track] of await getTracksByIds(ids("track"))) out.set(cardKey("track", id), { kind: "track", track });
  for (const [id, r] of await getReleasesByIds(ids("release"))) out.set(cardKey("release", id), { kind: "release", release: { id: r.id, title: r.title, kind: r.kind, coverUrl: r.coverUrl, artist: r.artist, trackCount: r.trackCount } });
  const profileIds = ids("profile");
  if (profileIds.length) {
    for (const p of (await db.select().from(profiles).where(and(inArray(profiles.id, profileIds), isNull(profiles.deletedAt))))) {
      out.set(cardKey("profile", p.id), { kind: "profile", profile: { handle: p.handle, name: p.name, kind: p.kind, avatarUrl: mediaUrl(p.avatarId), followerCount: p.followerCount } });
    }
  }
  for (const [id, c] of await getConcertsByIds(ids("concert"))) {
    out.set(cardKey("concert", id), { kind: "concert", concert: { id, venueName: c.venueName, city: c.city, timeZone: c.timeZone, startsAt: c.startsAt.toISOString(), status: c.status, artist: { handle: c.artist.handle, name: c.artist.name } } });
  }
  for (const [id, video] of await getVideosByIds(ids("video"))) out.set(cardKey("video", id), { kind: "video", video });
  const productIds = ids("product");
  if (productIds.length) {
    const rows = await db
      .select({ p: products, seller: profiles.name, imageId: productImages.mediaId })
      .from(products)
      .innerJoin(profiles, eq(profiles.id, products.profileId))
      .leftJoin(productImages, and(eq(productImages.productId, products.id), eq(productImages.position, 0)))
      .where(and(inArray(products.id, productIds), inArray(products.status, ["live", "sold_out"])));
    for (const r of rows) out.set(cardKey("product", r.p.id), { kind: "product", product: { id: r.p.id, title: r.p.title, priceMinor: r.p.priceMinor, currency: r.p.currency, imageUrl: mediaUrl(r.imageId), seller: r.seller } });
  }
  const playlistIds = ids("playlist");
  if (playlistIds.length) {
    // Public playlists only: a private one shared earlier reads "no longer available".
    const rows = await db
      .select({ id: playlists.id, title: playlists.title, owner: profiles.name, trackCount: sql<number>`(SELECT count(*) FROM playlist_tracks pt WHERE pt.playlist_id = ${playlists.id})`.mapWith(Number) })
      .from(playlists)
      .innerJoin(profiles, eq(profiles.id, playlists.profileId))
      .where(and(inArray(playlists.id, playlistIds), eq(playlists.isPublic, true)));
    for (const r of rows) out.set(cardKey("playlist", r.id), { kind: "playlist", playlist: r });
  }
  return out;
}
