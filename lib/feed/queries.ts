import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { announcements, productImages, productVariants, products, profiles, tracks } from "@/db/schema";
import { getConcertsByIds } from "@/lib/concerts/queries";
import { mediaUrl } from "@/lib/media/urls";
import { getReleasesByIds, getTracksByIds, toTrackCard } from "@/lib/music/queries";
import { toProfileCard } from "@/lib/profiles/dto";
import { countFeedSince, readFeedPage } from "./feed";
import { groupActivities } from "./group";
import { isTrackShared } from "./reposts";
import { getVideosByIds } from "@/lib/videos/queries";
import type { FeedItem, FeedPage } from "./types";

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

  const items: FeedItem[] = [];
  for (const g of groups) {
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
    } else if (g.lead.objectType === "announcement" && annMap.has(id)) {
      items.push({ ...base, kind: "announcement", announcement: { id, body: annMap.get(id)!.body } });
    }
  }
  return { items, nextCursor, newest: rows[0]?.createdAt.toISOString() ?? null };
}

export async function countNewFeedItems(viewerProfileId: string, since: Date): Promise<number> {
  return await countFeedSince(db, viewerProfileId, since);
}

export async function viewerSharedTrack(viewerProfileId: string, trackId: string): Promise<boolean> {
  return await isTrackShared(db, viewerProfileId, trackId);
}
