import { and, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { cartItems, productVariants, products } from "@/db/schema";
import { MAX_PER_ORDER_LINE } from "./validation";

/** A refusal's message is a key of the "errors" namespace (the mutation wrapper says it in the request's language). */
export type CartChange = { ok: true; quantity: number; limited: boolean } | { ok: false; message: string };

/**
 * Sets (or with `add`, increases) a cart line, never above the stock that is
 * left or the per-order limit. Quantity 0 removes the line.
 */
export async function changeCart(database: ChorusDb, buyerId: string, variantId: string, quantity: number, mode: "set" | "add"): Promise<CartChange> {
  return await database.transaction(async (tx) => {
    const row = (await tx
      .select({ stock: productVariants.stock, status: products.status, sellerId: products.profileId, ownerId: products.profileId })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(productVariants.id, variantId)).limit(1))[0];
    const current = (await tx.select({ q: cartItems.quantity }).from(cartItems).where(and(eq(cartItems.profileId, buyerId), eq(cartItems.variantId, variantId))).limit(1))[0]?.q ?? 0;
    const wanted = mode === "add" ? current + quantity : quantity;
    if (wanted <= 0 || !row) {
      await tx.delete(cartItems).where(and(eq(cartItems.profileId, buyerId), eq(cartItems.variantId, variantId)));
      if (!row) return { ok: false as const, message: "merch.itemUnavailable" };
      return { ok: true as const, quantity: 0, limited: false };
    }
    if (row.status !== "live") return { ok: false as const, message: row.status === "sold_out" ? "merch.itemSoldOut" : "merch.itemNotForSale" };
    if (row.stock <= 0) return { ok: false as const, message: "merch.optionSoldOut" };
    const allowed = Math.min(wanted, row.stock, MAX_PER_ORDER_LINE);
    await tx.insert(cartItems).values({ profileId: buyerId, variantId, quantity: allowed }).onConflictDoUpdate({ target: [cartItems.profileId, cartItems.variantId], set: { quantity: allowed } });
    return { ok: true as const, quantity: allowed, limited: allowed < wanted };
  });
}
