import "server-only";
import { and, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import { db } from "@/db";
import { activities, follows, productVariants, products, profiles } from "@/db/schema";
import { getConcertsByIds, type ConcertCard } from "@/lib/concerts/queries";
import { getReleasesByIds, type ReleaseCard } from "@/lib/music/queries";
import { toProfileCard, type ProfileCard } from "@/lib/profiles/dto";

export type FeedItem =
  | { id: string; kind: "release"; at: Date; actor: ProfileCard; release: ReleaseCard }
  | { id: string; kind: "concert"; at: Date; actor: ProfileCard; concert: ConcertCard }
  | { id: string; kind: "product"; at: Date; actor: ProfileCard; product: { id: string; title: string; priceMinor: number; currency: string; imageUrl: string | null; inStock: boolean } }
  | { id: string; kind: "followed"; at: Date; actor: ProfileCard; target: ProfileCard };

/**
 * Fan-out on read: the newest activities of everyone the viewer follows,
 * straight off the (actor_id, created_at) index. Objects are hydrated in
 * batches; items whose object is gone or not public drop out.
 */
export function getHomeFeed(viewerProfileId: string, limit = 30): FeedItem[] {
  const followed = db.select({ id: follows.followeeId }).from(follows).where(and(eq(follows.followerId, viewerProfileId), ne(follows.notifyLevel, "off")));
  const rows = db
    .select({ a: activities, actor: profiles })
    .from(activities)
    .innerJoin(profiles, eq(profiles.id, activities.actorId))
    .where(and(inArray(activities.actorId, followed), isNull(activities.deletedAt)))
    .orderBy(desc(activities.createdAt), desc(activities.id))
    .limit(limit)
    .all();

  const idsOf = (type: string) => rows.filter((r) => r.a.objectType === type).map((r) => r.a.objectId);
  const releaseMap = getReleasesByIds(idsOf("release"));
  const concertMap = getConcertsByIds(idsOf("concert"));
  const productIds = idsOf("product");
  const productRows = productIds.length ? db.select().from(products).where(and(inArray(products.id, productIds), eq(products.status, "live"))).all() : [];
  const stock = new Map<string, number>();
  if (productIds.length) {
    for (const v of db.select({ productId: productVariants.productId, stock: productVariants.stock }).from(productVariants).where(inArray(productVariants.productId, productIds)).all()) {
      stock.set(v.productId, (stock.get(v.productId) ?? 0) + v.stock);
    }
  }
  const productMap = new Map(productRows.map((p) => [p.id, p]));
  const profileIds = idsOf("profile");
  const profileMap = new Map((profileIds.length ? db.select().from(profiles).where(inArray(profiles.id, profileIds)).all() : []).map((p) => [p.id, toProfileCard(p)]));

  const items: FeedItem[] = [];
  for (const { a, actor } of rows) {
    const base = { id: a.id, at: a.createdAt, actor: toProfileCard(actor) };
    if (a.objectType === "release" && releaseMap.has(a.objectId)) items.push({ ...base, kind: "release", release: releaseMap.get(a.objectId)! });
    else if (a.objectType === "concert" && concertMap.has(a.objectId)) items.push({ ...base, kind: "concert", concert: concertMap.get(a.objectId)! });
    else if (a.objectType === "product" && productMap.has(a.objectId)) {
      const p = productMap.get(a.objectId)!;
      items.push({ ...base, kind: "product", product: { id: p.id, title: p.title, priceMinor: p.priceMinor, currency: p.currency, imageUrl: null, inStock: (stock.get(p.id) ?? 0) > 0 } });
    } else if (a.objectType === "profile" && profileMap.has(a.objectId)) items.push({ ...base, kind: "followed", target: profileMap.get(a.objectId)! });
  }
  return items;
}

