import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db";
import { cartItems, orderItems, orders, productImages, productVariants, products, profiles } from "@/db/schema";
import type { ORDER_STATUSES } from "@/db/schema";
import { lineTotal } from "@/lib/money";
import { mediaUrl } from "@/lib/media/urls";
import type { CancelReason } from "./cancel";
import { cartLineColumns, checkoutLines } from "./checkout";
import { orderShipping, shippingQuotes } from "./shipping";
import { joinedText } from "@/db/sql";

export type ProductCard = { id: string; title: string; priceMinor: number; currency: string; imageUrl: string | null; stock: number };

/** Live products of a profile with their first image and total stock. */
export async function listProfileProducts(profileId: string, limit = 12): Promise<ProductCard[]> {
  const rows = await db
    .select()
    .from(products)
    .where(and(eq(products.profileId, profileId), inArray(products.status, ["live", "sold_out"])))
    .orderBy(desc(products.createdAt))
    .limit(limit);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const images = new Map(
    (await db
      .select({ productId: productImages.productId, mediaId: productImages.mediaId })
      .from(productImages)
      .where(and(inArray(productImages.productId, ids), eq(productImages.position, 0))))
      .map((i) => [i.productId, i.mediaId]),
  );
  const stock = new Map(
    (await db
      .select({ productId: productVariants.productId, stock: sql<number>`sum(${productVariants.stock})`.mapWith(Number) })
      .from(productVariants)
      .where(inArray(productVariants.productId, ids))
      .groupBy(productVariants.productId)
      .orderBy(asc(productVariants.productId)))
      .map((s) => [s.productId, s.stock]),
  );
  return rows.map((p) => ({ id: p.id, title: p.title, priceMinor: p.priceMinor, currency: p.currency, imageUrl: mediaUrl(images.get(p.id)), stock: stock.get(p.id) ?? 0 }));
}

export type ProductPage = {
  id: string;
  title: string;
  description: string;
  priceMinor: number;
  currency: string;
  status: string;
  shipCountries: string[];
  shippingDefaultMinor: number;
  shippingRates: Record<string, number>;
  /** What the seller calls the options ("Size"), if they named them. */
  optionGroup: string | null;
  images: { position: number; url: string }[];
  variants: { id: string; name: string; stock: number; priceMinor: number }[];
  seller: { id: string; handle: string; name: string; avatarUrl: string | null };
};

/** A product for its page. Drafts and archived products are visible to the seller's managers only (checked by the caller). */
export async function getProduct(id: string): Promise<ProductPage | null> {
  const row = (await db.select({ p: products, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId }).from(products).innerJoin(profiles, eq(profiles.id, products.profileId)).where(eq(products.id, id)).limit(1))[0];
  if (!row) return null;
  const images = await db.select().from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.position));
  const variants = await db.select().from(productVariants).where(eq(productVariants.productId, id)).orderBy(asc(productVariants.position));
  return {
    id,
    title: row.p.title,
    description: row.p.description,
    priceMinor: row.p.priceMinor,
    currency: row.p.currency,
    status: row.p.status,
    shipCountries: row.p.shipCountries,
    shippingDefaultMinor: row.p.shippingDefaultMinor,
    shippingRates: row.p.shippingRates,
    optionGroup: row.p.optionGroup,
    images: images.map((i) => ({ position: i.position, url: mediaUrl(i.mediaId)! })),
    variants: variants.map((v) => ({ id: v.id, name: v.name, stock: v.stock, priceMinor: v.priceMinor ?? row.p.priceMinor })),
    seller: { id: row.p.profileId, handle: row.handle, name: row.name, avatarUrl: mediaUrl(row.avatarId) },
  };
}

export type CartGroup = {
  seller: { id: string; handle: string; name: string };
  currency: string;
  lines: { variantId: string; productId: string; title: string; variantName: string; quantity: number; unitMinor: number; stock: number; available: boolean; imageUrl: string | null }[];
  totalMinor: number;
  /** Shipping of this group's order to the buyer's country: null when unknown or when something does not ship there. */
  shippingMinor: number | null;
};

/** The buyer's cart, grouped by seller and currency (one order each), with shipping to `country` when known. */
export async function getCart(buyerId: string, country: string | null): Promise<CartGroup[]> {
  const rows = await db
    .select({
      ...cartLineColumns,
      sellerId: profiles.id,
      handle: profiles.handle,
      name: profiles.name,
      imageId: sql<string | null>`(SELECT media_id FROM product_images i WHERE i.product_id = ${products.id} AND i.position = 0)`,
    })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(profiles, eq(profiles.id, products.profileId))
    .where(eq(cartItems.profileId, buyerId))
    .orderBy(asc(profiles.name), asc(products.title), asc(productVariants.position));
  const groups = new Map<string, CartGroup>();
  const terms = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.sellerId}:${r.currency}`;
    terms.set(key, [...(terms.get(key) ?? []), r]);
    const group = groups.get(key) ?? { seller: { id: r.sellerId, handle: r.handle, name: r.name }, currency: r.currency, lines: [], totalMinor: 0, shippingMinor: null };
    const available = r.status === "live" && r.stock >= r.quantity;
    group.lines.push({ variantId: r.variantId, productId: r.productId, title: r.title, variantName: r.variantName, quantity: r.quantity, unitMinor: r.unitMinor, stock: r.stock, available, imageUrl: mediaUrl(r.imageId) });
    group.totalMinor += lineTotal(r.unitMinor, r.quantity);
    groups.set(key, group);
  }
  if (country) for (const [key, group] of groups) group.shippingMinor = orderShipping(terms.get(key)!, country);
  return [...groups.values()];
}

export async function cartCount(buyerId: string): Promise<number> {
  return (await db.select({ n: sql<number>`coalesce(sum(${cartItems.quantity}), 0)`.mapWith(Number) }).from(cartItems).where(eq(cartItems.profileId, buyerId)).limit(1))[0]?.n ?? 0;
}

export type OrderSummary = {
  id: string;
  status: string;
  totalMinor: number;
  currency: string;
  createdAt: Date;
  itemCount: number;
  titles: string;
  buyer: { handle: string; name: string };
  seller: { id: string; handle: string; name: string };
};

const buyerProfile = alias(profiles, "buyer");
const sellerProfile = alias(profiles, "seller");

async function orderSummaries(where: SQL | undefined, limit = 100): Promise<OrderSummary[]> {
  return (await db
    .select({
      o: orders,
      buyerHandle: buyerProfile.handle,
      buyerName: buyerProfile.name,
      sellerHandle: sellerProfile.handle,
      sellerName: sellerProfile.name,
      itemCount: sql<number>`(SELECT sum(quantity) FROM order_items oi WHERE oi.order_id = ${orders.id})`.mapWith(Number),
      titles: sql<string>`(SELECT ${joinedText(sql`title`, ", ")} FROM order_items oi WHERE oi.order_id = ${orders.id})`,
    })
    .from(orders)
    .innerJoin(buyerProfile, eq(buyerProfile.id, orders.buyerId))
    .innerJoin(sellerProfile, eq(sellerProfile.id, orders.sellerId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit))
    .map((r) => ({
      id: r.o.id,
      status: r.o.status,
      totalMinor: r.o.totalMinor,
      currency: r.o.currency,
      createdAt: r.o.createdAt,
      itemCount: r.itemCount,
      titles: r.titles,
      buyer: { handle: r.buyerHandle, name: r.buyerName },
      seller: { id: r.o.sellerId, handle: r.sellerHandle, name: r.sellerName },
    }));
}

export async function listBuyerOrders(buyerId: string): Promise<OrderSummary[]> {
  return await orderSummaries(eq(orders.buyerId, buyerId));
}

export async function listSellerOrders(sellerId: string, status: (typeof ORDER_STATUSES)[number] | null): Promise<OrderSummary[]> {
  return await orderSummaries(status ? and(eq(orders.sellerId, sellerId), eq(orders.status, status)) : eq(orders.sellerId, sellerId), 200);
}

export type OrderDetail = OrderSummary & {
  items: { title: string; quantity: number; unitPriceMinor: number; productId: string }[];
  /** As charged when the order was placed. */
  shippingMinor: number;
  address: Record<string, string>;
  trackingNote: string | null;
  cancelReason: CancelReason | null;
  cancelNote: string | null;
  paymentProvider: string;
  updatedAt: Date;
  buyerId: string;
};

/**
 * One order, only for its buyer or for an account that manages the seller.
 * Anyone else gets null, exactly as if it did not exist.
 */
export async function getOrderFor(orderId: string, viewer: { profileId: string; managedIds: string[] }): Promise<(OrderDetail & { role: "buyer" | "seller" }) | null> {
  const o = (await db.select().from(orders).where(eq(orders.id, orderId)).limit(1))[0];
  if (!o) return null;
  const role = o.buyerId === viewer.profileId ? "buyer" : viewer.managedIds.includes(o.sellerId) ? "seller" : null;
  if (!role) return null;
  const summary = (await orderSummaries(eq(orders.id, orderId), 1))[0];
  const items = await db.select({ title: orderItems.title, quantity: orderItems.quantity, unitPriceMinor: orderItems.unitPriceMinor, productId: orderItems.productId }).from(orderItems).where(eq(orderItems.orderId, orderId));
  return { ...summary, items, shippingMinor: o.shippingMinor, address: o.shippingAddress, trackingNote: o.trackingNote, cancelReason: o.cancelReason, cancelNote: o.cancelNote, paymentProvider: o.paymentProvider, updatedAt: o.updatedAt, buyerId: o.buyerId, role };
}

/**
 * Units from orders not cancelled, and revenue paid (paid or shipped) and awaiting payment,
 * of the order items `oi` that `item` selects (correlated with the outer row).
 */
const salesOf = (item: SQL) => {
  const of = (what: SQL, status: SQL) => sql<number>`coalesce((SELECT sum(${what}) FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE ${item} AND ${status}), 0)`.mapWith(Number);
  return {
    units: of(sql.raw("oi.quantity"), sql.raw("o.status != 'cancelled'")),
    paidMinor: of(sql.raw("oi.quantity * oi.unit_price_minor"), sql.raw("o.status IN ('paid', 'shipped')")),
    pendingMinor: of(sql.raw("oi.quantity * oi.unit_price_minor"), sql.raw("o.status = 'awaiting_payment'")),
  };
};

/** Per product: units and revenue from orders that were not cancelled, paid or not. (Single-table select: Drizzle leaves columns unqualified, so the correlated subqueries name products.id literally.) */
export async function salesByProduct(sellerId: string) {
  return await db
    .select({
      productId: products.id,
      title: products.title,
      status: products.status,
      currency: products.currency,
      stock: sql<number>`(SELECT coalesce(sum(stock), 0) FROM product_variants v WHERE v.product_id = products.id)`.mapWith(Number),
      ...salesOf(sql.raw("oi.product_id = products.id")),
    })
    .from(products)
    .where(eq(products.profileId, sellerId))
    .orderBy(desc(products.createdAt));
}

/** Per option of one product: stock now, units from orders not cancelled, and revenue paid and awaiting payment (Studio). */
export async function salesByOption(productId: string) {
  return await db
    .select({
      variantId: productVariants.id,
      name: productVariants.name,
      stock: productVariants.stock,
      ...salesOf(sql.raw("oi.variant_id = product_variants.id")),
    })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.position));
}

/** A product's form values for Studio, or null when it is not the page's. */
export async function getProductForEdit(productId: string, pageId: string) {
  const p = await getProduct(productId);
  if (!p || p.seller.id !== pageId) return null;
  return p;
}

/** Each option's stock now, by option id (what a product edit continues from). */
export async function currentStock(productId: string): Promise<Record<string, number>> {
  const rows = await db.select({ id: productVariants.id, stock: productVariants.stock }).from(productVariants).where(eq(productVariants.productId, productId));
  return Object.fromEntries(rows.map((r) => [r.id, r.stock]));
}

export async function sellerOfVariant(variantId: string): Promise<string | null> {
  return (await db.select({ sellerId: products.profileId }).from(productVariants).innerJoin(products, eq(products.id, productVariants.productId)).where(eq(productVariants.id, variantId)).limit(1))[0]?.sellerId ?? null;
}

export type SavedAddress = { name: string; line1: string; line2: string; city: string; postalCode: string; country: string };

/** The address of the buyer's latest order, offered at the next checkout. */
export async function lastShippingAddress(buyerId: string): Promise<SavedAddress | null> {
  const row = (await db.select({ address: orders.shippingAddress }).from(orders).where(eq(orders.buyerId, buyerId)).orderBy(desc(orders.createdAt)).limit(1))[0];
  if (!row) return null;
  const a = row.address;
  return { name: a.name ?? "", line1: a.line1 ?? "", line2: a.line2 ?? "", city: a.city ?? "", postalCode: a.postalCode ?? "", country: a.country ?? "" };
}

/** The lines one checkout would buy, priced now, with the shipping to each country the whole order ships to. */
export async function getCheckout(buyerId: string, sellerId: string, currency: string) {
  const lines = await checkoutLines(db, buyerId, sellerId, currency);
  const seller = (await db.select({ id: profiles.id, handle: profiles.handle, name: profiles.name }).from(profiles).where(eq(profiles.id, sellerId)).limit(1))[0] ?? null;
  return { seller, lines, itemsMinor: lines.reduce((sum, l) => sum + lineTotal(l.unitMinor, l.quantity), 0), shippingQuotes: shippingQuotes(lines) };
}
