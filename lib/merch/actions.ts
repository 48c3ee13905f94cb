"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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

const publicId = z.string().refine(isId, "common.unknownItem");

type ProductField = "title" | "description" | "price" | "currency" | "status" | "shipCountries" | "shippingDefault" | "shippingRates" | "optionGroup" | "variants";
export type ProductFormState = ActionState<ProductField, { stock?: Record<string, number> }>;

/** Create or edit a product. Every field error at once; the form keeps its input (options are controlled client-side). */
export const saveProductAction = formAction(
  {
    name: "merch.saveProduct",
    signIn: "merch.signInToSave",
    input: productSchema,
    fromForm: productFormInput,
    invalid: "common.fixFields",
    echo: ["title", "description", "price", "currency", "status", "shippingDefault", "optionGroup"] as const,
    page: { ability: "sell", id: (input) => input.profileId },
    limits: [{ name: "productSave", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<ProductFormState> => {
    const result = await saveProduct(db, page.id, input);
    if (!result.ok) return { ok: false, message: result.message, data: input.productId ? { stock: await currentStock(input.productId) } : undefined };
    if (!input.productId) redirect(`/studio/pages/${page.id}/merch/${result.productId}?created=1`);
    return { ok: true, message: result.announced ? "merch.savedLive" : "common.saved", data: { stock: await currentStock(result.productId) } };
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
    signIn: "merch.signInToDelete",
    input: z.object({ pageId: publicId, productId: publicId }),
    page: { ability: "sell", id: (input) => input.pageId },
    limits: [{ name: "productSave", per: "page" }],
    revalidate: () => ["/"],
    changes: () => ({ now: true }),
    audit: () => ({ key: "productDeleted" }),
  },
  async (input, { page }) => await deleteProduct(db, page.id, input.productId),
);

export type CartData = { quantity: number; count: number };

async function changeCartFor(viewer: Viewer, input: { variantId: string; quantity: number; mode: "set" | "add" }): Promise<ActionState<string, CartData>> {
  const seller = await sellerOfVariant(input.variantId);
  if (seller && viewer.managed.some((m) => m.id === seller)) return { ok: false, message: "merch.ownProduct" };
  const result = await changeCart(db, viewer.profile.id, input.variantId, input.quantity, input.mode);
  if (!result.ok) return { ok: false, message: result.message };
  const message = result.limited ? (await getTranslations("errors"))("merch.limited", { count: result.quantity }) : undefined;
  return { ok: true, message, data: { quantity: result.quantity, count: await cartCount(viewer.profile.id) } };
}

export const cartAction = action(
  {
    name: "merch.cart",
    signIn: "merch.signInToAddToCart",
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
    signIn: "merch.signInToAddToCart",
    input: cartLineSchema.extend({ quantity: cartLineSchema.shape.quantity.pipe(z.number().min(1, "merch.chooseQuantity")) }),
    fromForm: (form) => ({ variantId: form.get("variant") ?? "", quantity: form.get("quantity") ?? "1" }),
    invalid: "merch.chooseOption",
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
    signIn: "merch.signInToCheckOut",
    input: addressSchema
      .extend({
        sellerId: publicId,
        currency: z.string().regex(/^[A-Z]{3}$/, "merch.brokenCheckout"),
        step: z.enum(["review", "place", "edit"]).default("review"),
        fingerprint: z.string().max(64).default(""),
      })
      .transform(({ sellerId, currency, step, fingerprint, ...address }) => ({ sellerId, currency, step, fingerprint, address })),
    fromForm: (form) => ({ ...Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, String(form.get(k) ?? "")])), sellerId: form.get("sellerId"), currency: form.get("currency"), step: form.get("step") || undefined, fingerprint: form.get("fingerprint") ?? "" }),
    invalid: "common.fixFields",
    echo: ADDRESS_FIELDS,
    limits: [{ name: "checkout", when: (input) => input.step === "place" }],
    revalidate: () => ["/"],
    // Stock shown on the seller's profile.
    changes: (input) => ({ profiles: [input.sellerId] }),
  },
  async (input, { viewer }): Promise<CheckoutState> => {
    if (input.step === "edit") return { ok: false, data: { step: "address" } };
    const lines = await checkoutLines(db, viewer.profile.id, input.sellerId, input.currency);
    if (!lines.length) return { ok: false, message: "merch.nothingFromSeller", data: { step: "address" } };
    const t = await getTranslations("errors");
    const noShip = lines.filter((l) => !l.shipCountries.includes(input.address.country));
    if (noShip.length) {
      const names = noShip.map((l) => t("merch.quoted", { title: l.title })).join(", ");
      return { ok: false, fieldErrors: { country: t("merch.noShip", { names, count: noShip.length }) }, data: { step: "address" } };
    }
    const locale = await getLocale();
    const totals = orderTotals(lines, input.address.country);
    const review: Review = {
      fingerprint: orderFingerprint(lines, input.address),
      subtotal: formatMoney(totals.itemsMinor, input.currency, locale),
      shipping: totals.shippingMinor ? formatMoney(totals.shippingMinor, input.currency, locale) : t("merch.freeShipping"),
      shippingTo: countryName(input.address.country, locale),
      total: formatMoney(totals.totalMinor, input.currency, locale),
      lines: lines.map((l) => ({ title: `${l.title} · ${l.variantName}`, quantity: l.quantity, amount: formatMoney(lineTotal(l.unitMinor, l.quantity), input.currency, locale) })),
    };
    if (input.step !== "place") return { ok: true, data: { step: "review", review } };
    const result = await placeOrder(db, { buyerId: viewer.profile.id, sellerId: input.sellerId, currency: input.currency, address: input.address, provider: offlineInvoice, reviewed: input.fingerprint });
    // A refusal names a key of the "errors" namespace and its values.
    if (!result.ok && result.reason === "changed") return { ok: true, message: t(result.message as never, result.params as never), data: { step: "review", review } };
    if (!result.ok) return { ok: false, message: t(result.message as never, result.params as never), data: { step: "address" } };
    redirect(`/orders/${result.orderId}?placed=1`);
  },
);

export type SellerOrderState = ActionState<"trackingNote" | "reason" | "cancelNote">;

export const sellerOrderAction = formAction(
  {
    name: "merch.sellerOrder",
    signIn: "merch.signInToUpdateOrder",
    input: sellerOrderSchema,
    invalid: "common.fixFields",
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
      if (!reason) return { ok: false, fieldErrors: { reason: "merch.cancelReasonRequired" } };
      change = { action: step, reason, note: input.cancelNote };
    } else change = { action: step };
    const result = await sellerUpdateOrder(db, input.orderId, page.id, change);
    if (!result.ok) return { ok: false, message: result.params ? (await getTranslations("errors"))(result.message as never, result.params as never) : result.message };
    return { ok: true, message: step === "mark_paid" ? "merch.markedPaid" : step === "ship" ? "merch.markedShipped" : "merch.cancelled" };
  },
);
