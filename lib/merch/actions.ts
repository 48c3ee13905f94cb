"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { getViewer } from "@/lib/auth/viewer";
import { fieldErrorsOf, type ActionState } from "@/lib/forms/action-state";
import { managedPage } from "@/lib/studio/pages";
import { changeCart } from "./cart";
import { checkoutLines, placeOrder, sellerUpdateOrder } from "./checkout";
import { offlineInvoice } from "./payments";
import { cartCount, sellerOfVariant } from "./queries";
import { removeProductImage, saveProduct } from "./store";
import { addressSchema, cartLineSchema, productFormInput, productSchema } from "./validation";

const publicId = z.string().regex(/^[0-9A-Za-z]{6,32}$/);

export type ProductFormState = ActionState & { variantErrors?: string[] };

/** Create or edit a product. Every field error at once; the form keeps its input (variants are controlled client-side). */
export async function saveProductAction(_prev: ProductFormState, form: FormData): Promise<ProductFormState> {
  const raw = productFormInput(form);
  const values = { title: raw.title, description: raw.description, price: raw.price, currency: raw.currency, status: raw.status, shipCountries: raw.shipCountries.join(",") };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to save this product.", values };
  const parsed = productSchema.safeParse(raw);
  if (!parsed.success) {
    const variantErrors = parsed.error.issues.filter((i) => i.path[0] === "variants" && i.path.length > 1).map((i) => i.message);
    return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), variantErrors, values };
  }
  const page = managedPage(db, viewer.userId, parsed.data.profileId);
  if (!page || page.kind === "listener") return { ok: false, message: "You cannot sell merch for this page.", values };
  const result = saveProduct(db, page.id, parsed.data);
  if (!result.ok) return { ok: false, message: result.message, values };
  revalidatePath("/", "layout");
  if (!parsed.data.productId) redirect(`/studio/pages/${page.id}/merch/${result.productId}?created=1`);
  return { ok: true, message: result.announced ? "Saved and live. Your followers will see it in their stream." : "Saved.", values };
}

export async function removeProductImageAction(pageId: string, productId: string, position: number): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) return;
  const page = managedPage(db, viewer.userId, pageId);
  if (!page) return;
  removeProductImage(db, page.id, productId, position);
  revalidatePath(`/studio/pages/${page.id}/merch/${productId}`);
  revalidatePath(`/merch/${productId}`);
}

export type CartActionResult = { ok: true; quantity: number; count: number; message?: string } | { ok: false; message: string; signIn?: boolean };

export async function cartAction(raw: { variantId: string; quantity: number; mode: "set" | "add" }): Promise<CartActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to add to your cart.", signIn: true };
  const parsed = cartLineSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That quantity is not possible." };
  const seller = sellerOfVariant(parsed.data.variantId);
  if (seller && viewer.managed.some((m) => m.id === seller)) return { ok: false, message: "This is your own product: you cannot buy it." };
  const result = changeCart(db, viewer.profile.id, parsed.data.variantId, parsed.data.quantity, raw.mode === "add" ? "add" : "set");
  if (!result.ok) return result;
  revalidatePath("/cart");
  const message = result.limited ? `Only ${result.quantity} can be ordered (that is what is left, or the per-order limit).` : undefined;
  return { ok: true, quantity: result.quantity, count: cartCount(viewer.profile.id), message };
}

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;
export type CheckoutState = ActionState<(typeof ADDRESS_FIELDS)[number]> & { step?: "address" | "review" };

/** Two steps on one form: check the address (and shipping) for review, then place the order. */
export async function checkoutAction(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = Object.fromEntries(ADDRESS_FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  if (form.get("step") === "edit") return { ok: false, values, step: "address" };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to check out.", values, step: "address" };
  const sellerId = publicId.safeParse(form.get("sellerId"));
  const currency = z.string().regex(/^[A-Z]{3}$/).safeParse(form.get("currency"));
  if (!sellerId.success || !currency.success) return { ok: false, message: "This checkout link is broken. Go back to your cart.", values, step: "address" };
  const parsed = addressSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values, step: "address" };
  const lines = checkoutLines(db, viewer.profile.id, sellerId.data, currency.data);
  if (!lines.length) return { ok: false, message: "Your cart has nothing from this seller any more.", values, step: "address" };
  const noShip = lines.filter((l) => !l.shipCountries.includes(parsed.data.country));
  if (noShip.length) return { ok: false, fieldErrors: { country: `${noShip.map((l) => `“${l.title}”`).join(", ")} ${noShip.length === 1 ? "does" : "do"} not ship there. Choose another address or remove ${noShip.length === 1 ? "it" : "them"} from your cart.` }, values, step: "address" };
  if (form.get("step") !== "place") return { ok: true, values, step: "review" };
  const result = placeOrder(db, { buyerId: viewer.profile.id, sellerId: sellerId.data, currency: currency.data, address: parsed.data, provider: offlineInvoice });
  if (!result.ok) return { ok: false, message: result.message, values, step: "address" };
  revalidatePath("/", "layout");
  redirect(`/orders/${result.orderId}?placed=1`);
}

export type SellerOrderState = ActionState<"trackingNote">;

export async function sellerOrderAction(_prev: SellerOrderState, form: FormData): Promise<SellerOrderState> {
  const values = { trackingNote: String(form.get("trackingNote") ?? "") };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to update this order.", values };
  const input = z
    .object({
      orderId: publicId,
      sellerId: publicId,
      action: z.enum(["mark_paid", "ship", "cancel"]),
      trackingNote: z.string().trim().max(200, "The tracking note must be at most 200 characters.").default(""),
    })
    .safeParse({ ...Object.fromEntries(form), trackingNote: values.trackingNote });
  if (!input.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(input.error), values };
  const page = managedPage(db, viewer.userId, input.data.sellerId);
  if (!page) return { ok: false, message: "You cannot manage orders for this page.", values };
  const { action, trackingNote } = input.data;
  if (action === "ship" && !trackingNote) return { ok: false, fieldErrors: { trackingNote: "Add a tracking number or a note on how it was sent." }, values };
  const result = sellerUpdateOrder(db, input.data.orderId, page.id, action === "ship" ? { action, trackingNote } : { action });
  if (!result.ok) return { ok: false, message: result.message, values };
  revalidatePath("/", "layout");
  return { ok: true, message: action === "mark_paid" ? "Marked as paid. The buyer was told." : action === "ship" ? "Marked as shipped. The buyer was told." : "Order cancelled; its stock is back on sale. The buyer was told." };
}
