import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cartItems, notifications, orders, productVariants, products, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { changeCart } from "./cart";
import { placeOrder, reviewFingerprint, sellerUpdateOrder } from "./checkout";
import { offlineInvoice } from "./payments";
import { runCheckoutRace } from "./race";

const address = { name: "Ana Buyer", line1: "Rua Augusta 10", line2: "", city: "Lisbon", postalCode: "1100-053", country: "PT" };

describe("cart and checkout", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const ids = { seller: "", buyer: "", other: "", product: "", variant: "", big: "" };

  beforeEach(async () => {
    t = await tempDatabase();
    const account = async (handle: string, kind: "artist" | "listener") => {
      const u = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      // Every account has a listener profile; the seller's is where order notices land.
      if (kind === "artist") await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `${handle}_me`, name: handle });
      return (await t.db.insert(profiles).values({ ownerId: u.id, kind, handle, name: handle }).returning())[0].id;
    };
    ids.seller = await account("seller", "artist");
    ids.buyer = await account("buyer", "listener");
    ids.other = await account("other", "listener");
    ids.product = (await t.db.insert(products).values({ profileId: ids.seller, title: "Tee", priceMinor: 2500, currency: "EUR", shipCountries: ["PT", "ES"], status: "live" }).returning())[0].id;
    ids.variant = (await t.db.insert(productVariants).values({ productId: ids.product, name: "M", stock: 3 }).returning())[0].id;
    ids.big = (await t.db.insert(productVariants).values({ productId: ids.product, name: "XL", stock: 0, priceMinor: 2800 }).returning())[0].id;
  });
  afterEach(() => t.close());

  const stock = async () => (await t.db.select().from(productVariants).where(eq(productVariants.id, ids.variant)).limit(1))[0]!.stock;

  it("keeps cart quantities within stock", async () => {
    expect(await changeCart(t.db, ids.buyer, ids.variant, 2, "add")).toEqual({ ok: true, quantity: 2, limited: false });
    expect(await changeCart(t.db, ids.buyer, ids.variant, 5, "add")).toEqual({ ok: true, quantity: 3, limited: true });
    const soldOut = await changeCart(t.db, ids.buyer, ids.big, 1, "add");
    expect(soldOut).toMatchObject({ ok: false });
    expect(english(soldOut.ok ? "" : soldOut.message)).toBe("This option is sold out.");
    expect(await changeCart(t.db, ids.buyer, ids.variant, 0, "set")).toEqual({ ok: true, quantity: 0, limited: false });
    expect((await t.db.select().from(cartItems))).toHaveLength(0);
  });

  it("places an order that takes stock, empties those cart lines and tells the seller", async () => {
    await changeCart(t.db, ids.buyer, ids.variant, 2, "add");
    const r = await placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: await reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address) });
    expect(r).toMatchObject({ ok: true, totalMinor: 5000 });
    expect(await stock()).toBe(1);
    expect((await t.db.select().from(cartItems))).toHaveLength(0);
    const order = (await t.db.select().from(orders).limit(1))[0]!;
    expect(order).toMatchObject({ status: "awaiting_payment", paymentProvider: "offline_invoice", totalMinor: 5000 });
    expect((await t.db.select().from(notifications)).map((n) => n.text)).toEqual(["placed an order: 2 items, €50.00"]);
  });

  it("refuses shipping outside the seller's countries and keeps the cart", async () => {
    await changeCart(t.db, ids.buyer, ids.variant, 1, "add");
    const refused = await placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address: { ...address, country: "US" }, provider: offlineInvoice, reviewed: await reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", { country: "US" }) });
    expect(refused).toMatchObject({ ok: false, reason: "shipping" });
    expect(refused.ok ? "" : english(refused.message, refused.params)).toBe("“Tee” does not ship to that country.");
    expect(await stock()).toBe(3);
    expect((await t.db.select().from(cartItems))).toHaveLength(1);
  });

  it("a buyer who asks for more than is left is refused clearly and nothing changes", async () => {
    await changeCart(t.db, ids.buyer, ids.variant, 3, "add");
    await changeCart(t.db, ids.other, ids.variant, 2, "add");
    expect((await placeOrder(t.db, { buyerId: ids.other, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: await reviewFingerprint(t.db, ids.other, ids.seller, "EUR", address) })).ok).toBe(true);
    const lost = await placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: await reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address) });
    expect(lost).toMatchObject({ ok: false, reason: "stock" });
    expect(lost.ok ? "" : english(lost.message, lost.params)).toBe("Someone got there first: only 1 of “Tee” (M) is left, and you asked for 3. Lower the quantity and try again; your cart is unchanged.");
    expect((await t.db.select().from(cartItems).where(eq(cartItems.profileId, ids.buyer)).limit(1))[0]?.quantity).toBe(3);
    expect((await t.db.select().from(orders))).toHaveLength(1);
  });

  it("only the seller moves an order on: paid, then shipped; cancelling returns stock", async () => {
    await changeCart(t.db, ids.buyer, ids.variant, 3, "add");
    const r = await placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: await reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address) });
    if (!r.ok) throw new Error(r.message);
    expect((await t.db.select().from(products).limit(1))[0]!.status).toBe("sold_out");
    expect(await sellerUpdateOrder(t.db, r.orderId, ids.other, { action: "mark_paid" })).toMatchObject({ ok: false });
    const early = await sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "ship", trackingNote: "DHL 123" });
    expect(early.ok ? "" : english(early.message, early.params)).toBe("This order is awaiting payment, so it cannot be shipped (it must be paid first).");
    expect(await sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "mark_paid" })).toEqual({ ok: true, status: "paid" });
    expect(await sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "mark_paid" })).toMatchObject({ ok: false });
    expect(await sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "cancel", reason: "out_of_stock", note: "" })).toEqual({ ok: true, status: "cancelled" });
    expect(await stock()).toBe(3);
    expect((await t.db.select().from(products).limit(1))[0]!.status).toBe("live");
    const told = (await t.db.select().from(notifications).where(eq(notifications.recipientId, ids.buyer))).map((n) => n.text);
    expect(told).toEqual(["confirmed your payment", "cancelled your order: Out of stock"]);
  });

  const place = async (buyerId: string, to = address) => await placeOrder(t.db, { buyerId, sellerId: ids.seller, currency: "EUR", address: to, provider: offlineInvoice, reviewed: await reviewFingerprint(t.db, buyerId, ids.seller, "EUR", to) });

  it("charges the shipping the seller set for the destination, adds it to the total and keeps it on the order when rates change later", async () => {
    await t.db.update(products).set({ shippingDefaultMinor: 900, shippingRates: { PT: 450 } }).where(eq(products.id, ids.product));
    await changeCart(t.db, ids.buyer, ids.variant, 2, "add");
    const r = await place(ids.buyer);
    expect(r).toMatchObject({ ok: true, totalMinor: 5450, shippingMinor: 450 });
    await t.db.update(products).set({ shippingDefaultMinor: 2000, shippingRates: { PT: 1500 } }).where(eq(products.id, ids.product));
    expect((await t.db.select().from(orders).limit(1))[0]).toMatchObject({ totalMinor: 5450, shippingMinor: 450 });
    expect((await t.db.select().from(notifications)).map((n) => n.text)).toEqual(["placed an order: 2 items, €54.50"]);

    // Spain has no rate of its own: the standard price applies.
    await changeCart(t.db, ids.other, ids.variant, 1, "add");
    expect(await place(ids.other, { ...address, city: "Madrid", postalCode: "28013", country: "ES" })).toMatchObject({ ok: true, totalMinor: 2500 + 2000, shippingMinor: 2000 });
  });

  it("one order pays the highest shipping among its products, once, whatever the quantities", async () => {
    await t.db.update(products).set({ shippingRates: { PT: 450 } }).where(eq(products.id, ids.product));
    const poster = (await t.db.insert(products).values({ profileId: ids.seller, title: "Poster", priceMinor: 1000, currency: "EUR", shipCountries: ["PT"], shippingRates: { PT: 700 }, status: "live" }).returning())[0].id;
    const a2 = (await t.db.insert(productVariants).values({ productId: poster, name: "A2", stock: 5 }).returning())[0].id;
    await changeCart(t.db, ids.buyer, ids.variant, 3, "add");
    await changeCart(t.db, ids.buyer, a2, 2, "add");
    expect(await place(ids.buyer)).toMatchObject({ ok: true, totalMinor: 3 * 2500 + 2 * 1000 + 700, shippingMinor: 700 });
  });

  it("a shipping change after the review is shown to the buyer instead of being charged", async () => {
    await changeCart(t.db, ids.buyer, ids.variant, 1, "add");
    const reviewed = await reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address);
    await t.db.update(products).set({ shippingRates: { PT: 990 } }).where(eq(products.id, ids.product));
    const changed = await placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed });
    expect(changed).toMatchObject({ ok: false, reason: "changed" });
    expect(changed.ok ? "" : english(changed.message)).toMatch(/^Your order changed since you reviewed it/);
    expect((await t.db.select().from(orders))).toHaveLength(0);
    expect(await stock()).toBe(3);
  });

  it("a cancelled order keeps its reason and the seller's words, and the buyer's notification says them", async () => {
    await changeCart(t.db, ids.buyer, ids.variant, 1, "add");
    const r = await place(ids.buyer);
    if (!r.ok) throw new Error(r.message);
    expect(await sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "cancel", reason: "other", note: "  The print run was damaged in transit. " })).toEqual({ ok: true, status: "cancelled" });
    expect((await t.db.select().from(orders).limit(1))[0]).toMatchObject({ status: "cancelled", cancelReason: "other", cancelNote: "The print run was damaged in transit." });
    const told = (await t.db.select().from(notifications).where(eq(notifications.recipientId, ids.buyer))).map((n) => n.text);
    expect(told).toEqual(["cancelled your order: The print run was damaged in transit."]);
  });
});

describe("the checkout race, across processes on one database file", () => {
  it("50 simultaneous checkouts for a stock of 7 make exactly 7 orders and 43 clear refusals", async () => {
    const r = await runCheckoutRace({ buyers: 50, stock: 7, processes: 10 });
    expect(r.orders).toBe(7);
    expect(r.refusals).toBe(43);
    expect(r.finalStock).toBe(0);
    expect(r.productStatus).toBe("sold_out");
    // Whether a loser saw the last unit go or the product already marked sold out, the message says so.
    for (const message of r.refusalMessages) expect(message).toMatch(/^Someone got there first: “Tour poster”( \(A2\))? just sold out\. Your cart is unchanged\.$/);
  }, 60_000);
});
