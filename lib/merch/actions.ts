"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { countryName } from "@/lib/markets/countries";
import { formatMoney, lineTotal } from "@/lib/money";
import type { Viewer } from "@/lib/auth/viewer";
import { action, formAction } from "@/lib/mutations/guard";
import { changeCart } from "./cart";
import { checkoutLines, orderFingerprint, orderTotals, placeOrder, sellerUpdateOrder, type SellerAction } from "./checkout";
import { offlineInvoice } from "./payments";
import { cartCount, currentStock, sellerOfVariant } from "./queries";
import { deleteProduct, removeProductImage, saveProduct } from "./store";
import { addressSchema, cartLineSchema, productFormInput, productSchema, sellerOrderSchema } from "./validation";

const publicId = z.string().refine(isId, "Unknown item.");

type ProductField = "title" | "description" | "price" | "currency" | "status" | "shipCountries" | "shippingDefault" | "shippingRates" | "optionGroup" | "variants";
export type ProductFormState = ActionState<ProductField, { stock?: Record<string, number> }>;

/** Create or edit a product. Every field error at once; the form keeps its input (options are controlled client-side). */
export const saveProductAction = formAction(
  {
    name: "merch.saveProduct",
    signIn: "Sign in again to save this product.",
    input: productSchema,
    fromForm: productFormInput,
    invalid: "Please fix the highlighted fields.",
    echo: ["title", "description", "price", "currency", "status", "shippingDefault", "optionGroup"] as const,
    page: { ability: "sell", id: (input) => input.profileId },
    limits: [{ name: "productSave", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<ProductFormState> => {
    const result = await saveProduct(db, page.id, input);
    if (!result.ok) return { ok: false, message: result.message, data: input.productId ? { stock: await currentStock(input.productId) } : undefined };
    if (!input.productId) redirect(`/studio/pages/${page.id}/merch/${result.productId}?created=1`);
    return { ok: true, message: result.announced ? "Saved and live. Your followers will see it in their stream." : "Saved.", data: { stock: await currentStock(result.productId) } };
  },
);

export const removeProductImageAction = action(
  {
    name: "merch.removeImage",
    input: z.object({ pageId: publicId, productId: publicId, position: z.number().int().min(0).max(20) }),
    page: { ability: "sell", id: (input) => input.pageId },
    limits: [{ name: "productSave", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.pageId}/merch/${input.productId}`, `/merch/${input.productId}`],
  },
  async (input, { page }) => {
    await removeProductImage(db, page.id, input.productId, input.position);
    return { ok: true };
  },
);

export const deleteProductAction = action(
  {
    name: "merch.deleteProduct",
    signIn: "Sign in again to delete this product.",
    input: z.object({ pageId: publicId, productId: publicId }),
    page: { ability: "sell", id: (input) => input.pageId },
    limits: [{ name: "productSave", per: "page" }],
    revalidate: () => ["/"],
    changes: () => ({ now: true }),
    audit: () => "deleted a product",
  },
  async (input, { page }) => await deleteProduct(db, page.id, input.productId),
);

export type CartData = { quantity: number; count: number };

async function changeCartFor(viewer: Viewer, input: { variantId: string; quantity: number; mode: "set" | "add" }): Promise<ActionState<string, CartData>> {
  const seller = await sellerOfVariant(input.variantId);
  if (seller && viewer.managed.some((m) => m.id === seller)) return { ok: false, message: "This is your own product: you cannot buy it." };
  const result = await changeCart(db, viewer.profile.id, input.variantId, input.quantity, input.mode);
  if (!result.ok) return { ok: false, message: result.message };
  const message = result.limited ? `Only ${result.quantity} can be ordered (that is what is left, or the per-order limit).` : undefined;
  return { ok: true, message, data: { quantity: result.quantity, count: await cartCount(viewer.profile.id) } };
}

export const cartAction = action(
  {
    name: "merch.cart",
    signIn: "Sign in to add to your cart.",
    input: cartLineSchema.and(z.object({ mode: z.enum(["set", "add"]).default("set") })),
    limits: [{ name: "cart" }],
    revalidate: () => ["/cart"],
  },
  async (input, { viewer }) => changeCartFor(viewer, input),
);

/** The product page's Add to cart: a form, so it works before (and without) JavaScript. */
export const addToCartAction = formAction(
  {
    name: "merch.addToCart",
    signIn: "Sign in to add to your cart.",
    input: cartLineSchema.extend({ quantity: cartLineSchema.shape.quantity.pipe(z.number().min(1, "Choose how many.")) }),
    fromForm: (form) => ({ variantId: form.get("variant") ?? "", quantity: form.get("quantity") ?? "1" }),
    invalid: "Choose an option first.",
    limits: [{ name: "cart" }],
    revalidate: () => ["/"],
  },
  async (input, { viewer }) => changeCartFor(viewer, { ...input, mode: "add" }),
);

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];
export type Review = { fingerprint: string; subtotal: string; shipping: string; shippingTo: string; total: string; lines: { title: string; quantity: number; amount: string }[] };
export type CheckoutState = ActionState<AddressField, { step: "address" | "review"; review?: Review }>;

/**
 * Two steps on one form: check the address (and shipping) and show the review,
 * then place exactly what the review showed (its fingerprint travels with it).
 */
export const checkoutAction = formAction(
  {
    name: "merch.checkout",
    signIn: "Sign in again to check out.",
    input: addressSchema
      .extend({
        sellerId: publicId,
        currency: z.string().regex(/^[A-Z]{3}$/, "This checkout link is broken. Go back to your cart."),
        step: z.enum(["review", "place", "edit"]).default("review"),
        fingerprint: z.string().max(64).default(""),
      })
      .transform(({ sellerId, currency, step, fingerprint, ...address }) => ({ sellerId, currency, step, fingerprint, address })),
    fromForm: (form) => ({ ...Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, String(form.get(k) ?? "")])), sellerId: form.get("sellerId"), currency: form.get("currency"), step: form.get("step") || undefined, fingerprint: form.get("fingerprint") ?? "" }),
    invalid: "Please fix the highlighted fields.",
    echo: ADDRESS_FIELDS,
    limits: [{ name: "checkout", when: (input) => input.step === "place" }],
    revalidate: () => ["/"],
    // Stock shown on the seller's profile.
    changes: (input) => ({ profiles: [input.sellerId] }),
  },
  async (input, { viewer }): Promise<CheckoutState> => {
    if (input.step === "edit") return { ok: false, data: { step: "address" } };
    const lines = await checkoutLines(db, viewer.profile.id, input.sellerId, input.currency);
    if (!lines.length) return { ok: false, message: "Your cart has nothing from this seller any more.", data: { step: "address" } };
    const noShip = lines.filter((l) => !l.shipCountries.includes(input.address.country));
    if (noShip.length) {
      const names = noShip.map((l) => `“${l.title}”`).join(", ");
      return { ok: false, fieldErrors: { country: `${names} ${noShip.length === 1 ? "does" : "do"} not ship there. Choose another address or remove ${noShip.length === 1 ? "it" : "them"} from your cart.` }, data: { step: "address" } };
    }
    const totals = orderTotals(lines, input.address.country);
    const review: Review = {
      fingerprint: orderFingerprint(lines, input.address),
      subtotal: formatMoney(totals.itemsMinor, input.currency),
      shipping: totals.shippingMinor ? formatMoney(totals.shippingMinor, input.currency) : "Free",
      shippingTo: countryName(input.address.country),
      total: formatMoney(totals.totalMinor, input.currency),
      lines: lines.map((l) => ({ title: `${l.title} · ${l.variantName}`, quantity: l.quantity, amount: formatMoney(lineTotal(l.unitMinor, l.quantity), input.currency) })),
    };
    if (input.step !== "place") return { ok: true, data: { step: "review", review } };
    const result = await placeOrder(db, { buyerId: viewer.profile.id, sellerId: input.sellerId, currency: input.currency, address: input.address, provider: offlineInvoice, reviewed: input.fingerprint });
    if (!result.ok && result.reason === "changed") return { ok: true, message: result.message, data: { step: "review", review } };
    if (!result.ok) return { ok: false, message: result.message, data: { step: "address" } };
    redirect(`/orders/${result.orderId}?placed=1`);
  },
);

export type SellerOrderState = ActionState<"trackingNote" | "reason" | "cancelNote">;

export const sellerOrderAction = formAction(
  {
    name: "merch.sellerOrder",
    signIn: "Sign in again to update this order.",
    input: sellerOrderSchema,
    invalid: "Please fix the highlighted fields.",
    echo: ["trackingNote", "reason", "cancelNote"] as const,
    page: { ability: "manage_orders", id: (input) => input.sellerId },
    limits: [{ name: "orderUpdate", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<SellerOrderState> => {
    const { action: step, trackingNote, reason } = input;
    let change: SellerAction;
    if (step === "ship") change = { action: step, trackingNote };
    else if (step === "cancel") {
      // The schema already requires a reason to cancel; this check only narrows its type.
      if (!reason) return { ok: false, fieldErrors: { reason: "Choose why you are cancelling: the buyer sees it." } };
      change = { action: step, reason, note: input.cancelNote };
    } else change = { action: step };
    const result = await sellerUpdateOrder(db, input.orderId, page.id, change);
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, message: step === "mark_paid" ? "Marked as paid. The buyer was told." : step === "ship" ? "Marked as shipped. The buyer was told." : "Order cancelled; its stock is back on sale. The buyer was told." };
  },
);
