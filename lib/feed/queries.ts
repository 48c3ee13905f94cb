import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import { db } from "@/db";
import { announcements, playlists, playlistTracks, productImages, productVariants, products, profiles, releases, tracks } from "@/db/schema";
import { playlistCovers } from "@/lib/playlists/playlists";
import { trackIsPublic } from "@/lib/music/visibility";
import { getConcertsByIds } from "@/lib/concerts/queries";
import { mediaUrl } from "@/lib/media/urls";
import { getReleasesByIds, getTracksByIds, toTrackCard } from "@/lib/music/queries";
import { toProfileCard } from "@/lib/profiles/dto";
import { countFeedSince, readFeedPage } from "./feed";
import { groupActivities } from "./group";
import { isTrackShared } from "./reposts";
import { getVideosByIds } from "@/lib/videos/queries";
import { remotePostCards } from "@/lib/federation/queries";
import type { FeedItem, FeedPage, PlaylistUpdate } from "./types";

/** One page of the viewer's stream: grouped, hydrated in batches; gone objects drop out. */
export async function getFeedPage(viewerProfileId: string, cursor: string | null, limit = 20): Promise<FeedPage> {
  const now = new Date();
  const { rows, nextCursor } = await readFeedPage(db, viewerProfileId, cursor, limit, now);
  const groups = groupActivities(rows);
  const idsOf = (type: string) => [...new Set(groups.filter((g) => g.lead.objectType === type).map((g) => g.lead.objectId))];

  const actorIds = [...new Set(groups.flatMap((g) => g.actorIds.slice(0, 3)))];
  const profileIds = [...new Set([...actorIds, ...idsOf("profile")])];
  const profileMap = new Map((profileIds.length ? (await db.select().from(profiles).where(and(inArray(profiles.id, profileIds), isNull(profiles.deletedAt)))) : []).map((p) => [p.id, toProfileCard(p)]));

  const releaseMap = await getReleasesByIds(idsOf("release"), now);
  const releaseTracks = new Map<string, ReturnType<typeof toTrackCard>[]>();
  if (releaseMap.size) {
    const rowsT = await db
      .select({ t: tracks, handle: profiles.handle, name: profiles.name })
      .from(tracks)
      .innerJoin(profiles, eq(profiles.id, tracks.profileId))
      .where(and(inArray(tracks.releaseId, [...releaseMap.keys()]), eq(tracks.status, "published")))
      .orderBy(asc(tracks.position));
    for (const r of rowsT) releaseTracks.set(r.t.releaseId!, [...(releaseTracks.get(r.t.releaseId!) ?? []), toTrackCard(r.t, { handle: r.handle, name: r.name }, releaseMap.get(r.t.releaseId!)?.title ?? null)]);
  }
  const concertMap = await getConcertsByIds(idsOf("concert"));
  const productIds = idsOf("product");
  const productRows = productIds.length ? (await db.select().from(products).where(and(inArray(products.id, productIds), inArray(products.status, ["live", "sold_out"])))) : [];
  const stock = new Map<string, number>();
  const images = new Map<string, string>();
  if (productIds.length) {
    for (const v of (await db.select({ productId: productVariants.productId, stock: productVariants.stock }).from(productVariants).where(inArray(productVariants.productId, productIds)))) stock.set(v.productId, (stock.get(v.productId) ?? 0) + v.stock);
    for (const i of (await db.select().from(productImages).where(and(inArray(productImages.productId, productIds), eq(productImages.position, 0))))) images.set(i.productId, i.mediaId);
  }
  const productMap = new Map(productRows.map((p) => [p.id, p]));
  const trackMap = await getTracksByIds(idsOf("track"), now);
  const videoMap = await getVideosByIds(idsOf("video"));
  const annIds = idsOf("announcement");
  const annMap = new Map((annIds.length ? (await db.select().from(announcements).where(inArray(announcements.id, annIds))) : []).map((a) => [a.id, a]));

  const playlistCards = await playlistUpdates(groups.filter((g) => g.lead.objectType === "playlist").map((g) => ({ key: g.key, playlistId: g.lead.objectId, day: g.lead.createdAt })), now);

  const remoteMap = await remotePostCards(idsOf("remote"));

  const items: FeedItem[] = [];
  for (const g of groups) {
    if (g.lead.objectType === "remote") {
      const post = remoteMap.get(g.lead.objectId);
      if (post) items.push({ key: g.key, at: g.lead.createdAt.toISOString(), actors: [], actorCount: 0, kind: "remote", post });
      continue;
    }
    const actors = g.actorIds.slice(0, 3).map((id) => profileMap.get(id)).filter((p) => !!p);
    if (!actors.length) continue;
    const base = { key: g.key, at: g.lead.createdAt.toISOString(), actors, actorCount: g.actorIds.length };
    const id = g.lead.objectId;
    if (g.lead.objectType === "release" && releaseMap.has(id)) {
      const r = releaseMap.get(id)!;
      items.push({ ...base, kind: "release", release: { ...r, releaseAt: r.releaseAt.toISOString(), tracks: releaseTracks.get(id) ?? [] } });
    } else if (g.lead.objectType === "concert" && concertMap.has(id)) {
      const c = concertMap.get(id)!;
      items.push({ ...base, kind: "concert", concert: { ...c, startsAt: c.startsAt.toISOString() } });
    } else if (g.lead.objectType === "product" && productMap.has(id)) {
      const p = productMap.get(id)!;
      items.push({ ...base, kind: "product", product: { id: p.id, title: p.title, priceMinor: p.priceMinor, currency: p.currency, imageUrl: mediaUrl(images.get(p.id)), inStock: (stock.get(p.id) ?? 0) > 0 } });
    } else if (g.lead.objectType === "profile" && profileMap.has(id)) {
      items.push({ ...base, kind: "followed", target: profileMap.get(id)! });
    } else if (g.lead.objectType === "track" && trackMap.has(id)) {
      items.push({ ...base, kind: "track", shared: g.lead.verb === "track_shared", track: trackMap.get(id)! });
    } else if (g.lead.objectType === "video" && videoMap.has(id)) {
      items.push({ ...base, kind: "video", video: videoMap.get(id)! });
    } else if (g.lead.objectType === "playlist" && playlistCards.has(g.key)) {
      items.push({ ...base, kind: "playlist", ...playlistCards.get(g.key)! });
    } else if (g.lead.objectType === "announcement" && annMap.has(id)) {
      items.push({ ...base, kind: "announcement", announcement: { id, body: annMap.get(id)!.body } });
    }
  }
  return { items, nextCursor, newest: rows[0]?.createdAt.toISOString() ?? null };
}

const SHOWN_PER_UPDATE = 5;

/**
 * A stream card per public playlist per day: the tracks added that day that
 * are still in it and public (newest first, a few), and how many there were.
 */
async function playlistUpdates(wanted: { key: string; playlistId: string; day: Date }[], now: Date): Promise<Map<string, PlaylistUpdate>> {
  const out = new Map<string, PlaylistUpdate>();
  if (!wanted.length) return out;
  const ids = [...new Set(wanted.map((w) => w.playlistId))];
  const lists = new Map(
    (await db.select({ id: playlists.id, title: playlists.title, handle: profiles.handle, name: profiles.name }).from(playlists).innerJoin(profiles, eq(profiles.id, playlists.profileId)).where(and(inArray(playlists.id, ids), eq(playlists.isPublic, true)))).map((p) => [p.id, p]),
  );
  const covers = await playlistCovers(db, [...lists.keys()]);
  for (const w of wanted) {
    const list = lists.get(w.playlistId);
    if (!list) continue;
    const start = new Date(w.day.toISOString().slice(0, 10) + "T00:00:00Z");
    const end = new Date(start.getTime() + 86_400_000);
    const rows = await db
      .select({ t: tracks, handle: profiles.handle, name: profiles.name })
      .from(playlistTracks)
      .innerJoin(tracks, eq(tracks.id, playlistTracks.trackId))
      .innerJoin(profiles, eq(profiles.id, tracks.profileId))
      .leftJoin(releases, eq(releases.id, tracks.releaseId))
      .where(and(eq(playlistTracks.playlistId, w.playlistId), gte(playlistTracks.addedAt, start), lt(playlistTracks.addedAt, end), trackIsPublic(now)))
      .orderBy(desc(playlistTracks.addedAt))
      .limit(200);
    if (!rows.length) continue;
    out.set(w.key, {
      playlist: { id: list.id, title: list.title, owner: { handle: list.handle, name: list.name }, cover: covers.get(list.id) ?? { coverUrl: null, mosaic: [] } },
      tracks: rows.slice(0, SHOWN_PER_UPDATE).map((r) => toTrackCard(r.t, { handle: r.handle, name: r.name })),
      added: rows.length,
    });
  }
  return out;
}

export async function countNewFeedItems(viewerProfileId: string, since: Date): Promise<number> {
  return await countFeedSince(db, viewerProfileId, since);
}

export async function viewerSharedTrack(viewerProfileId: string, trackId: string): Promise<boolean> {
  return await isTrackShared(db, viewerProfileId, trackId);
}
