import { and, asc, count, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, orderItems, productImages, productVariants, products } from "@/db/schema";
import { newId } from "@/lib/ids";
import { deleteUnreferencedMedia } from "@/lib/media/store";
import { MAX_IMAGES, type ProductInput } from "./validation";

export type SaveResult = { ok: true; productId: string; announced: boolean } | { ok: false; message: string; conflict?: boolean };

/**
 * Creates or updates a product of one page with its options, in one
 * transaction. An option that already sold cannot be deleted (its orders
 * point at it); set its stock to 0 instead. The first time a product goes
 * live, a `merch_added` activity tells followers' streams.
 */
export function saveProduct(database: ChorusDb, pageId: string, input: ProductInput, now = new Date()): SaveResult {
  try {
    return database.transaction((tx) => {
      let productId = input.productId;
      const fields = { title: input.title, description: input.description, priceMinor: input.priceMinor, currency: input.currency, shipCountries: input.shipCountries, shippingDefaultMinor: input.shippingDefaultMinor, shippingRates: input.shippingRates, optionGroup: input.optionGroup, status: input.status, updatedAt: now };
      if (productId) {
        const owned = tx.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, pageId))).get();
        if (!owned) return { ok: false as const, message: "That product does not belong to this page." };
        tx.update(products).set(fields).where(eq(products.id, productId)).run();
      } else {
        productId = newId();
        tx.insert(products).values({ id: productId, profileId: pageId, ...fields, createdAt: now }).run();
      }
      const keep = input.variants.map((v) => v.id).filter((id): id is string => !!id);
      const existing = new Set(tx.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.productId, productId)).all().map((v) => v.id));
      const unknown = keep.find((id) => !existing.has(id));
      if (unknown) throw new SaveError("One of the options does not belong to this product. Reload and try again.");
      const removed = [...existing].filter((id) => !keep.includes(id));
      if (removed.length) {
        const sold = tx.select({ n: count() }).from(orderItems).where(inArray(orderItems.variantId, removed)).get()!.n;
        if (sold) throw new SaveError("An option you removed has orders. Keep it and set its stock to 0 instead.");
        tx.delete(productVariants).where(and(eq(productVariants.productId, productId), notInArray(productVariants.id, keep.length ? keep : [""]))).run();
      }
      for (const v of input.variants) {
        if (v.id) {
          // Checked against the stock the form loaded: units sold meanwhile are never put back on sale.
          const stockCheck = v.stockFrom === null ? sql`1` : eq(productVariants.stock, v.stockFrom);
          const changed = tx.update(productVariants).set({ name: v.name, stock: v.stock, priceMinor: v.priceMinor, position: v.position }).where(and(eq(productVariants.id, v.id), stockCheck)).run().changes;
          if (!changed) {
            const now = tx.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, v.id)).get()?.stock ?? 0;
            throw new SaveError(`Stock changed while you were editing: “${v.name}” now has ${now} left (it had ${v.stockFrom} when you opened this page). Nothing was saved; the numbers below are updated, check them and save again.`, true);
          }
        } else tx.insert(productVariants).values({ productId, name: v.name, stock: v.stock, priceMinor: v.priceMinor, position: v.position }).run();
      }
      let announced = false;
      if (input.status === "live") {
        const already = tx.select({ id: activities.id }).from(activities).where(and(eq(activities.objectType, "product"), eq(activities.objectId, productId))).get();
        if (!already) {
          tx.insert(activities).values({ actorId: pageId, verb: "merch_added", objectType: "product", objectId: productId, groupKey: `product:${productId}`, createdAt: now }).run();
          announced = true;
        }
      }
      return { ok: true as const, productId, announced };
    });
  } catch (error) {
    if (error instanceof SaveError) return { ok: false, message: error.message, conflict: error.conflict };
    throw error;
  }
}

class SaveError extends Error {
  constructor(
    message: string,
    readonly conflict = false,
  ) {
    super(message);
  }
}

type Reader = Pick<ChorusDb, "select">;

/** Whether the page's product can take another image (it must be the page's, with fewer than six). */
export function productImageRoom(database: Reader, pageId: string, productId: string): { ok: true; count: number } | { ok: false; message: string } {
  const owned = database.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, pageId))).get();
  if (!owned) return { ok: false, message: "That product does not belong to this page." };
  const n = database.select({ n: count() }).from(productImages).where(eq(productImages.productId, productId)).get()!.n;
  return n >= MAX_IMAGES ? { ok: false, message: `A product can have at most ${MAX_IMAGES} images. Remove one first.` } : { ok: true, count: n };
}

/** Appends an image; the room check runs again inside the transaction so two uploads cannot make a seventh. */
export function addProductImage(database: ChorusDb, pageId: string, productId: string, mediaId: string): { ok: true } | { ok: false; message: string } {
  return database.transaction((tx) => {
    const room = productImageRoom(tx, pageId, productId);
    if (!room.ok) return room;
    tx.insert(productImages).values({ productId, position: room.count, mediaId }).run();
    return { ok: true as const };
  });
}

/** Removes one image (and its file, unless something else uses it) and closes the gap so the first image stays the cover. */
export function removeProductImage(database: ChorusDb, pageId: string, productId: string, position: number): boolean {
  let mediaId: string | null = null;
  const removed = database.transaction((tx) => {
    const owned = tx.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, pageId))).get();
    if (!owned) return false;
    const gone = tx.delete(productImages).where(and(eq(productImages.productId, productId), eq(productImages.position, position))).returning({ mediaId: productImages.mediaId }).all();
    if (!gone.length) return false;
    mediaId = gone[0].mediaId;
    const rest = tx.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(asc(productImages.position)).all();
    // Two passes: positions are part of the primary key.
    rest.forEach((img, i) => tx.update(productImages).set({ position: 1000 + i }).where(and(eq(productImages.productId, productId), eq(productImages.position, img.position))).run());
    tx.update(productImages).set({ position: sql`${productImages.position} - 1000` }).where(eq(productImages.productId, productId)).run();
    return true;
  });
  // After the commit: the row and file go only once nothing points at them.
  if (removed && mediaId) deleteUnreferencedMedia(database, [mediaId]);
  return removed;
}
