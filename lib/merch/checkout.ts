import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { cartItems, orderItems, orders, productVariants, products } from "@/db/schema";
import { newId } from "@/lib/ids";
import { formatMoney, lineTotal } from "@/lib/money";
import { notify, pageManagerRecipients } from "@/lib/notifications/notify";
import { counted } from "@/lib/plural";
import { cancelReasonText, type CancelReason } from "./cancel";
import type { PaymentProvider } from "./payments";
import { orderShipping, type ShippingTerms } from "./shipping";
import type { Address } from "./validation";
import { sqlTime } from "@/db/sql";

export type CheckoutLine = ShippingTerms & { variantId: string; productId: string; title: string; variantName: string; quantity: number; unitMinor: number; currency: string; stock: number; status: string };

/** A cart line priced now: the option's own price, else the product's. Shared by the cart and checkout. */
export const cartLineColumns = {
  variantId: productVariants.id,
  productId: products.id,
  title: products.title,
  variantName: productVariants.name,
  quantity: cartItems.quantity,
  unitMinor: sql<number>`coalesce(${productVariants.priceMinor}, ${products.priceMinor})`,
  currency: products.currency,
  stock: productVariants.stock,
  status: products.status,
  shipCountries: products.shipCountries,
  shippingDefaultMinor: products.shippingDefaultMinor,
  shippingRates: products.shippingRates,
};

/** The buyer's cart lines for one seller and currency, priced now. */
export async function checkoutLines(database: Pick<ChorusDb, "select">, buyerId: string, sellerId: string, currency: string): Promise<CheckoutLine[]> {
  return await database
    .select(cartLineColumns)
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(cartItems.profileId, buyerId), eq(products.profileId, sellerId), eq(products.currency, currency)))
    .orderBy(products.title, productVariants.position);
}

/**
 * What the buyer reviewed: lines, quantities, prices, currency, destination
 * and the shipping to it. Placing the order recomputes it inside the
 * transaction; any difference means the buyer is shown the new review instead
 * of being charged for something else.
 */
export function orderFingerprint(lines: (Pick<CheckoutLine, "variantId" | "quantity" | "unitMinor" | "currency"> & ShippingTerms)[], address: Pick<Address, "country">): string {
  const canonical = lines.map((l) => [l.variantId, l.quantity, l.unitMinor, l.currency]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return createHash("sha256").update(JSON.stringify([canonical, address.country, orderShipping(lines, address.country)])).digest("base64url").slice(0, 32);
}

/** Items and shipping for one order: the sums a review shows and an order stores. Shipping is null when something does not ship there. */
export function orderTotals(lines: Pick<CheckoutLine, "unitMinor" | "quantity" | keyof ShippingTerms>[], country: string): { itemsMinor: number; shippingMinor: number | null; totalMinor: number } {
  const itemsMinor = lines.reduce((sum, l) => sum + lineTotal(l.unitMinor, l.quantity), 0);
  const shippingMinor = orderShipping(lines, country);
  return { itemsMinor, shippingMinor, totalMinor: itemsMinor + (shippingMinor ?? 0) };
}

/** The fingerprint of the buyer's cart for this seller as it is now (what a review shows). */
export async function reviewFingerprint(database: Pick<ChorusDb, "select">, buyerId: string, sellerId: string, currency: string, address: Pick<Address, "country">): Promise<string> {
  return orderFingerprint(await checkoutLines(database, buyerId, sellerId, currency), address);
}

/**
 * What a refusal says: a key of the "errors" namespace and its values, said in the
 * request's language by the action (this module also runs in worker processes).
 */
export type Said = { message: string; params?: Record<string, string | number> };

export type PlaceOrderResult =
  | { ok: true; orderId: string; totalMinor: number; shippingMinor: number }
  | ({ ok: false; reason: "empty" | "unavailable" | "shipping" | "stock" | "changed" } & Said);

class Refusal extends Error {
  constructor(
    readonly reason: "empty" | "unavailable" | "shipping" | "stock" | "changed",
    message: string,
    readonly params?: Said["params"],
  ) {
    super(message);
  }
}

/**
 * Places one order for the buyer's cart lines of one seller. Stock is taken
 * by one conditional UPDATE per line (`stock >= quantity`) inside an
 * IMMEDIATE transaction, so no number of simultaneous buyers, in this process
 * or others, can sell a unit twice. If any line cannot be had, nothing is
 * written and the cart stays as it was.
 */
export async function placeOrder(
  database: ChorusDb,
  input: { buyerId: string; sellerId: string; currency: string; address: Address; provider: PaymentProvider; reviewed: string },
  now = new Date(),
): Promise<PlaceOrderResult> {
  try {
    return await database.transaction(
      async (tx) => {
        const lines = await checkoutLines(tx, input.buyerId, input.sellerId, input.currency);
        if (!lines.length) throw new Refusal("empty", "merch.nothingFromSeller");
        if (orderFingerprint(lines, input.address) !== input.reviewed) throw new Refusal("changed", "merch.orderChanged");
        for (const line of lines) {
          if (line.status === "sold_out") throw new Refusal("stock", "merch.justSoldOut", { title: line.title });
          if (line.status !== "live") throw new Refusal("unavailable", "merch.noLongerForSale", { title: line.title });
          if (!line.shipCountries.includes(input.address.country)) throw new Refusal("shipping", "merch.doesNotShipTo", { title: line.title });
        }
        // Stored as charged: a later change of the seller's rates never alters this order.
        const { totalMinor, shippingMinor } = orderTotals(lines, input.address.country);
        if (shippingMinor === null) throw new Refusal("shipping", "merch.orderDoesNotShip");
        for (const line of lines) {
          const taken = (await tx
            .update(productVariants)
            .set({ stock: sql`${productVariants.stock} - ${line.quantity}` })
            .where(and(eq(productVariants.id, line.variantId), sql`${productVariants.stock} >= ${line.quantity}`))).changes;
          if (!taken) {
            const left = (await tx.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, line.variantId)).limit(1))[0]?.stock ?? 0;
            const what = { title: line.title, option: line.variantName };
            throw new Refusal("stock", left > 0 ? "merch.onlyLeft" : "merch.optionJustSoldOut", left > 0 ? { ...what, left, quantity: line.quantity } : what);
          }
        }
        const orderId = newId();
        await tx.insert(orders).values({ id: orderId, buyerId: input.buyerId, sellerId: input.sellerId, status: "awaiting_payment", totalMinor, shippingMinor, currency: input.currency, paymentProvider: input.provider.id, shippingAddress: input.address, createdAt: now, updatedAt: now });
        await tx.insert(orderItems).values(lines.map((l) => ({ orderId, variantId: l.variantId, productId: l.productId, title: `${l.title} · ${l.variantName}`, quantity: l.quantity, unitPriceMinor: l.unitMinor })));
        await tx.delete(cartItems).where(and(eq(cartItems.profileId, input.buyerId), inArray(cartItems.variantId, lines.map((l) => l.variantId))));
        // A product whose options are all gone shows as sold out.
        const productIds = [...new Set(lines.map((l) => l.productId))];
        await tx.run(sql`UPDATE products SET status = 'sold_out', updated_at = ${sqlTime(now)} WHERE id IN (${sql.join(productIds.map((id) => sql`${id}`), sql`, `)}) AND status = 'live' AND NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = products.id AND v.stock > 0)`);
        // Orders land in the bell of the accounts that manage the selling page.
        const text = `placed an order: ${counted(lines.reduce((n, l) => n + l.quantity, 0), "item")}, ${formatMoney(totalMinor, input.currency)}`;
        await notify(tx, await pageManagerRecipients(tx, input.sellerId, "manage_orders"), { type: "order_status", actorId: input.buyerId, objectType: "order", objectId: orderId, text, at: now });
        return { ok: true as const, orderId, totalMinor, shippingMinor };
      }
    );
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason, message: error.message, ...(error.params ? { params: error.params } : {}) };
    throw error;
  }
}

export type SellerAction = { action: "mark_paid" } | { action: "ship"; trackingNote: string } | { action: "cancel"; reason: CancelReason; note: string };

const FROM: Record<SellerAction["action"], ("awaiting_payment" | "paid")[]> = { mark_paid: ["awaiting_payment"], ship: ["paid"], cancel: ["awaiting_payment", "paid"] };
const TO = { mark_paid: "paid", ship: "shipped", cancel: "cancelled" } as const;
const TELL = { mark_paid: "confirmed your payment", ship: "shipped your order", cancel: "cancelled your order" } as const;

/**
 * A seller moves an order on: paid (only the seller can say so), shipped with
 * a tracking note, or cancelled with a reason the buyer reads (stock returns).
 * One conditional UPDATE on the current status, so two clicks or two tabs
 * cannot apply a change twice.
 */
export async function sellerUpdateOrder(database: ChorusDb, orderId: string, sellerId: string, change: SellerAction, now = new Date()): Promise<{ ok: true; status: string } | ({ ok: false } & Said)> {
  return await database.transaction(async (tx) => {
    const updated = (await tx
      .update(orders)
      .set({ status: TO[change.action], updatedAt: now, ...(change.action === "ship" ? { trackingNote: change.trackingNote } : {}), ...(change.action === "cancel" ? { cancelReason: change.reason, cancelNote: change.note.trim() || null } : {}) })
      .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId), inArray(orders.status, FROM[change.action])))
      .returning({ buyerId: orders.buyerId }))[0];
    if (!updated) {
      const current = (await tx.select({ status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId))).limit(1))[0];
      if (!current) return { ok: false as const, message: "merch.orderNotOnPage" };
      return { ok: false as const, message: "merch.orderCannot", params: { status: current.status, action: change.action } };
    }
    if (change.action === "cancel") {
      for (const item of (await tx.select().from(orderItems).where(eq(orderItems.orderId, orderId)))) {
        await tx.update(productVariants).set({ stock: sql`${productVariants.stock} + ${item.quantity}` }).where(eq(productVariants.id, item.variantId));
        await tx.update(products).set({ status: "live", updatedAt: now }).where(and(eq(products.id, item.productId), eq(products.status, "sold_out")));
      }
    }
    const detail = change.action === "ship" ? change.trackingNote : change.action === "cancel" ? cancelReasonText(change.reason, change.note) : null;
    const note = detail ? `${TELL[change.action]}: ${detail}` : TELL[change.action];
    await notify(tx, [updated.buyerId], { type: "order_status", actorId: sellerId, objectType: "order", objectId: orderId, text: note, at: now });
    return { ok: true as const, status: TO[change.action] };
  });
}
