import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { productImages, productVariants, products } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

export type ProductCard = { id: string; title: string; priceMinor: number; currency: string; imageUrl: string | null; stock: number };

/** Live products of a profile with their first image and total stock. */
export function listProfileProducts(profileId: string, limit = 12): ProductCard[] {
  const rows = db
    .select()
    .from(products)
    .where(and(eq(products.profileId, profileId), inArray(products.status, ["live", "sold_out"])))
    .orderBy(desc(products.createdAt))
    .limit(limit)
    .all();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const images = new Map(
    db
      .select({ productId: productImages.productId, mediaId: productImages.mediaId })
      .from(productImages)
      .where(and(inArray(productImages.productId, ids), eq(productImages.position, 0)))
      .all()
      .map((i) => [i.productId, i.mediaId]),
  );
  const stock = new Map(
    db
      .select({ productId: productVariants.productId, stock: sql<number>`sum(${productVariants.stock})` })
      .from(productVariants)
      .where(inArray(productVariants.productId, ids))
      .groupBy(productVariants.productId)
      .orderBy(asc(productVariants.productId))
      .all()
      .map((s) => [s.productId, s.stock]),
  );
  return rows.map((p) => ({ id: p.id, title: p.title, priceMinor: p.priceMinor, currency: p.currency, imageUrl: mediaUrl(images.get(p.id)), stock: stock.get(p.id) ?? 0 }));
}
