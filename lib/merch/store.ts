import { queueFederationChange } from "@/lib/federation/changes";
import { and, asc, count, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, orderItems, productImages, productVariants, products } from "@/db/schema";
import { newId } from "@/lib/ids";
import { deleteUnreferencedMedia } from "@/lib/media/store";
import { MAX_IMAGES, type ProductInput } from "./validation";
import { sqlBool } from "@/db/sql";
import { getTranslations } from "next-intl/server";

/** Refusals name keys of the "errors" namespace; a sentence with values is said here, in the request's language (these run only in requests). */
export type SaveResult = { ok: true; productId: string; announced: boolean } | { ok: false; message: string; conflict?: boolean };

/**
 * Creates or updates a product of one page with its options, in one
 * transaction. An option that already sold cannot be deleted (its orders
 * point at it); set its stock to 0 instead. The first time a product goes
 * live, a `merch_added` activity tells followers' streams.
 */
export async function saveProduct(database: ChorusDb, pageId: string, input: ProductInput, now = new Date()): Promise<SaveResult> {
  try {
    return await database.transaction(async (tx) => {
      let productId = input.productId;
      const fields = { title: input.title, description: input.description, priceMinor: input.priceMinor, currency: input.currency, shipCountries: input.shipCountries, shippingDefaultMinor: input.shippingDefaultMinor, shippingRates: input.shippingRates, optionGroup: input.optionGroup, status: input.status, updatedAt: now };
      if (productId) {
        const owned = (await tx.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, pageId))).limit(1))[0];
        if (!owned) return { ok: false as const, message: "merch.productNotOnPage" };
        await tx.update(products).set(fields).where(eq(products.id, productId));
      } else {
        productId = newId();
        await tx.insert(products).values({ id: productId, profileId: pageId, ...fields, createdAt: now });
      }
      const keep = input.variants.map((v) => v.id).filter((id): id is string => !!id);
      const existing = new Set((await tx.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.productId, productId))).map((v) => v.id));
      const unknown = keep.find((id) => !existing.has(id));
      if (unknown) throw new SaveError("merch.optionNotOnProduct");
      const removed = [...existing].filter((id) => !keep.includes(id));
      if (removed.length) {
        const sold = (await tx.select({ n: count() }).from(orderItems).where(inArray(orderItems.variantId, removed)).limit(1))[0]!.n;
        if (sold) throw new SaveError("merch.removedOptionHasOrders");
        await tx.delete(productVariants).where(and(eq(productVariants.productId, productId), notInArray(productVariants.id, keep.length ? keep : [""])));
      }
      for (const v of input.variants) {
        if (v.id) {
          // Checked against the stock the form loaded: units sold meanwhile are never put back on sale.
          const stockCheck = v.stockFrom === null ? sqlBool(true) : eq(productVariants.stock, v.stockFrom);
          const changed = (await tx.update(productVariants).set({ name: v.name, stock: v.stock, priceMinor: v.priceMinor, position: v.position }).where(and(eq(productVariants.id, v.id), stockCheck))).changes;
          if (!changed) {
            const now = (await tx.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, v.id)).limit(1))[0]?.stock ?? 0;
            throw new SaveError("merch.stockChanged", true, { option: v.name, now, before: v.stockFrom ?? 0 });
          }
        } else await tx.insert(productVariants).values({ productId, name: v.name, stock: v.stock, priceMinor: v.priceMinor, position: v.position });
      }
      let announced = false;
      if (input.status === "live") {
        const already = (await tx.select({ id: activities.id }).from(activities).where(and(eq(activities.objectType, "product"), eq(activities.objectId, productId))).limit(1))[0];
        if (!already) {
          await tx.insert(activities).values({ actorId: pageId, verb: "merch_added", objectType: "product", objectId: productId, groupKey: `product:${productId}`, createdAt: now });
          announced = true;
        }
      }
      return { ok: true as const, productId, announced };
    });
  } catch (error) {
    if (error instanceof SaveError) return { ok: false, message: error.params ? (await getTranslations("errors"))(error.message as never, error.params as never) : error.message, conflict: error.conflict };
    throw error;
  }
}

/** A refusal inside the save's transaction: a key of the "errors" namespace, said once the transaction is over. */
class SaveError extends Error {
  constructor(
    message: string,
    readonly conflict = false,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

type Reader = Pick<ChorusDb, "select">;

/** Whether the page's product can take another image (it must be the page's, with fewer than six). */
export async function productImageRoom(database: Reader, pageId: string, productId: string): Promise<{ ok: true; count: number } | { ok: false; message: string }> {
  const owned = (await database.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, pageId))).limit(1))[0];
  if (!owned) return { ok: false, message: (await getTranslations("errors"))("merch.productNotOnPage") };
  const n = (await database.select({ n: count() }).from(productImages).where(eq(productImages.productId, productId)).limit(1))[0]!.n;
  return n >= MAX_IMAGES ? { ok: false, message: (await getTranslations("errors"))("merch.imagesMax", { max: MAX_IMAGES }) } : { ok: true, count: n };
}

/** Appends an image; the room check runs again inside the transaction so two uploads cannot make a seventh. */
export async function addProductImage(database: ChorusDb, pageId: string, productId: string, mediaId: string): Promise<{ ok: true } | { ok: false; message: string }> {
  return await database.transaction(async (tx) => {
    const room = await productImageRoom(tx, pageId, productId);
    if (!room.ok) return room;
    await tx.insert(productImages).values({ productId, position: room.count, mediaId });
    return { ok: true as const };
  });
}

/** Removes one image (and its file, unless something else uses it) and closes the gap so the first image stays the cover. */
export async function removeProductImage(database: ChorusDb, pageId: string, productId: string, position: number): Promise<boolean> {
  let mediaId: string | null = null;
  const removed = await database.transaction(async (tx) => {
    const owned = (await tx.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, pageId))).limit(1))[0];
    if (!owned) return false;
    const gone = await tx.delete(productImages).where(and(eq(productImages.productId, productId), eq(productImages.position, position))).returning({ mediaId: productImages.mediaId });
    if (!gone.length) return false;
    mediaId = gone[0].mediaId;
    const rest = await tx.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(asc(productImages.position));
    // Two passes: positions are part of the primary key.
    for (const [i, img] of rest.entries()) await tx.update(productImages).set({ position: 1000 + i }).where(and(eq(productImages.productId, productId), eq(productImages.position, img.position)));
    await tx.update(productImages).set({ position: sql`${productImages.position} - 1000` }).where(eq(productImages.productId, productId));
    return true;
  });
  // After the commit: the row and file go only once nothing points at them.
  if (removed && mediaId) await deleteUnreferencedMedia(database, [mediaId]);
  return removed;
}

/** Deletes a product that was never ordered; one with orders is archived instead so the orders keep their record. */
export async function deleteProduct(database: ChorusDb, profileId: string, productId: string): Promise<{ ok: boolean; message: string }> {
  return await database.transaction(async (tx) => {
    const product = (await tx.select({ id: products.id }).from(products).where(and(eq(products.id, productId), eq(products.profileId, profileId))).limit(1))[0];
    if (!product) return { ok: false, message: "merch.productGone" };
    if ((await tx.select({ id: orderItems.orderId }).from(orderItems).where(eq(orderItems.productId, productId)).limit(1))[0]) {
      return { ok: false, message: "merch.hasOrdersArchive" };
    }
    await tx.update(activities).set({ deletedAt: new Date() }).where(and(eq(activities.objectType, "product"), eq(activities.objectId, productId)));
    await queueFederationChange(tx, "product", productId, "delete");
    await tx.delete(products).where(eq(products.id, productId));
    return { ok: true, message: "merch.productDeleted" };
  });
}
