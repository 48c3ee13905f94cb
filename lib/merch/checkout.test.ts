import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cartItems, notifications, orders, productVariants, products, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { changeCart } from "./cart";
import { placeOrder, reviewFingerprint, sellerUpdateOrder } from "./checkout";
import { offlineInvoice } from "./payments";
import { runCheckoutRace } from "./race";

const address = { name: "Ana Buyer", line1: "Rua Augusta 10", line2: "", city: "Lisbon", postalCode: "1100-053", country: "PT" };

describe("cart and checkout", () => {
  let t: ReturnType<typeof tempDatabase>;
  const ids = { seller: "", buyer: "", other: "", product: "", variant: "", big: "" };

  beforeEach(() => {
    t = tempDatabase();
    const account = (handle: string, kind: "artist" | "listener") => {
      const u = t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning().get();
      // Every account has a listener profile; the seller's is where order notices land.
      if (kind === "artist") t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `${handle}_me`, name: handle }).run();
      return t.db.insert(profiles).values({ ownerId: u.id, kind, handle, name: handle }).returning().get().id;
    };
    ids.seller = account("seller", "artist");
    ids.buyer = account("buyer", "listener");
    ids.other = account("other", "listener");
    ids.product = t.db.insert(products).values({ profileId: ids.seller, title: "Tee", priceMinor: 2500, currency: "EUR", shipCountries: ["PT", "ES"], status: "live" }).returning().get().id;
    ids.variant = t.db.insert(productVariants).values({ productId: ids.product, name: "M", stock: 3 }).returning().get().id;
    ids.big = t.db.insert(productVariants).values({ productId: ids.product, name: "XL", stock: 0, priceMinor: 2800 }).returning().get().id;
  });
  afterEach(() => t.close());

  const stock = () => t.db.select().from(productVariants).where(eq(productVariants.id, ids.variant)).get()!.stock;

  it("keeps cart quantities within stock", () => {
    expect(changeCart(t.db, ids.buyer, ids.variant, 2, "add")).toEqual({ ok: true, quantity: 2, limited: false });
    expect(changeCart(t.db, ids.buyer, ids.variant, 5, "add")).toEqual({ ok: true, quantity: 3, limited: true });
    expect(changeCart(t.db, ids.buyer, ids.big, 1, "add")).toMatchObject({ ok: false, message: "This option is sold out." });
    expect(changeCart(t.db, ids.buyer, ids.variant, 0, "set")).toEqual({ ok: true, quantity: 0, limited: false });
    expect(t.db.select().from(cartItems).all()).toHaveLength(0);
  });

  it("places an order that takes stock, empties those cart lines and tells the seller", () => {
    changeCart(t.db, ids.buyer, ids.variant, 2, "add");
    const r = placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address) });
    expect(r).toMatchObject({ ok: true, totalMinor: 5000 });
    expect(stock()).toBe(1);
    expect(t.db.select().from(cartItems).all()).toHaveLength(0);
    const order = t.db.select().from(orders).get()!;
    expect(order).toMatchObject({ status: "awaiting_payment", paymentProvider: "offline_invoice", totalMinor: 5000 });
    expect(t.db.select().from(notifications).all().map((n) => n.text)).toEqual(["placed an order: 2 items, €50.00"]);
  });

  it("refuses shipping outside the seller's countries and keeps the cart", () => {
    changeCart(t.db, ids.buyer, ids.variant, 1, "add");
    expect(placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address: { ...address, country: "US" }, provider: offlineInvoice, reviewed: reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", { country: "US" }) })).toMatchObject({ ok: false, reason: "shipping" });
    expect(stock()).toBe(3);
    expect(t.db.select().from(cartItems).all()).toHaveLength(1);
  });

  it("a buyer who asks for more than is left is refused clearly and nothing changes", () => {
    changeCart(t.db, ids.buyer, ids.variant, 3, "add");
    changeCart(t.db, ids.other, ids.variant, 2, "add");
    expect(placeOrder(t.db, { buyerId: ids.other, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: reviewFingerprint(t.db, ids.other, ids.seller, "EUR", address) }).ok).toBe(true);
    const lost = placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address) });
    expect(lost).toMatchObject({ ok: false, reason: "stock" });
    expect(lost.ok ? "" : lost.message).toMatch(/only 1 of “Tee” \(M\) is left, and you asked for 3/);
    expect(t.db.select().from(cartItems).where(eq(cartItems.profileId, ids.buyer)).get()?.quantity).toBe(3);
    expect(t.db.select().from(orders).all()).toHaveLength(1);
  });

  it("only the seller moves an order on: paid, then shipped; cancelling returns stock", () => {
    changeCart(t.db, ids.buyer, ids.variant, 3, "add");
    const r = placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address) });
    if (!r.ok) throw new Error(r.message);
    expect(t.db.select().from(products).get()!.status).toBe("sold_out");
    expect(sellerUpdateOrder(t.db, r.orderId, ids.other, { action: "mark_paid" })).toMatchObject({ ok: false });
    expect(sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "ship", trackingNote: "DHL 123" })).toMatchObject({ ok: false, message: expect.stringContaining("must be paid first") });
    expect(sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "mark_paid" })).toEqual({ ok: true, status: "paid" });
    expect(sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "mark_paid" })).toMatchObject({ ok: false });
    expect(sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "cancel", reason: "out_of_stock", note: "" })).toEqual({ ok: true, status: "cancelled" });
    expect(stock()).toBe(3);
    expect(t.db.select().from(products).get()!.status).toBe("live");
    const told = t.db.select().from(notifications).where(eq(notifications.recipientId, ids.buyer)).all().map((n) => n.text);
    expect(told).toEqual(["confirmed your payment", "cancelled your order: Out of stock"]);
  });

  const place = (buyerId: string, to = address) => placeOrder(t.db, { buyerId, sellerId: ids.seller, currency: "EUR", address: to, provider: offlineInvoice, reviewed: reviewFingerprint(t.db, buyerId, ids.seller, "EUR", to) });

  it("charges the shipping the seller set for the destination, adds it to the total and keeps it on the order when rates change later", () => {
    t.db.update(products).set({ shippingDefaultMinor: 900, shippingRates: { PT: 450 } }).where(eq(products.id, ids.product)).run();
    changeCart(t.db, ids.buyer, ids.variant, 2, "add");
    const r = place(ids.buyer);
    expect(r).toMatchObject({ ok: true, totalMinor: 5450, shippingMinor: 450 });
    t.db.update(products).set({ shippingDefaultMinor: 2000, shippingRates: { PT: 1500 } }).where(eq(products.id, ids.product)).run();
    expect(t.db.select().from(orders).get()).toMatchObject({ totalMinor: 5450, shippingMinor: 450 });
    expect(t.db.select().from(notifications).all().map((n) => n.text)).toEqual(["placed an order: 2 items, €54.50"]);

    // Spain has no rate of its own: the standard price applies.
    changeCart(t.db, ids.other, ids.variant, 1, "add");
    expect(place(ids.other, { ...address, city: "Madrid", postalCode: "28013", country: "ES" })).toMatchObject({ ok: true, totalMinor: 2500 + 2000, shippingMinor: 2000 });
  });

  it("one order pays the highest shipping among its products, once, whatever the quantities", () => {
    t.db.update(products).set({ shippingRates: { PT: 450 } }).where(eq(products.id, ids.product)).run();
    const poster = t.db.insert(products).values({ profileId: ids.seller, title: "Poster", priceMinor: 1000, currency: "EUR", shipCountries: ["PT"], shippingRates: { PT: 700 }, status: "live" }).returning().get().id;
    const a2 = t.db.insert(productVariants).values({ productId: poster, name: "A2", stock: 5 }).returning().get().id;
    changeCart(t.db, ids.buyer, ids.variant, 3, "add");
    changeCart(t.db, ids.buyer, a2, 2, "add");
    expect(place(ids.buyer)).toMatchObject({ ok: true, totalMinor: 3 * 2500 + 2 * 1000 + 700, shippingMinor: 700 });
  });

  it("a shipping change after the review is shown to the buyer instead of being charged", () => {
    changeCart(t.db, ids.buyer, ids.variant, 1, "add");
    const reviewed = reviewFingerprint(t.db, ids.buyer, ids.seller, "EUR", address);
    t.db.update(products).set({ shippingRates: { PT: 990 } }).where(eq(products.id, ids.product)).run();
    expect(placeOrder(t.db, { buyerId: ids.buyer, sellerId: ids.seller, currency: "EUR", address, provider: offlineInvoice, reviewed })).toMatchObject({ ok: false, reason: "changed" });
    expect(t.db.select().from(orders).all()).toHaveLength(0);
    expect(stock()).toBe(3);
  });

  it("a cancelled order keeps its reason and the seller's words, and the buyer's notification says them", () => {
    changeCart(t.db, ids.buyer, ids.variant, 1, "add");
    const r = place(ids.buyer);
    if (!r.ok) throw new Error(r.message);
    expect(sellerUpdateOrder(t.db, r.orderId, ids.seller, { action: "cancel", reason: "other", note: "  The print run was damaged in transit. " })).toEqual({ ok: true, status: "cancelled" });
    expect(t.db.select().from(orders).get()).toMatchObject({ status: "cancelled", cancelReason: "other", cancelNote: "The print run was damaged in transit." });
    const told = t.db.select().from(notifications).where(eq(notifications.recipientId, ids.buyer)).all().map((n) => n.text);
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
