import { z } from "zod";
import { CURRENCIES, parseAmount } from "@/lib/money";
import { CANCEL_REASON_CHOICES, MAX_CANCEL_NOTE, type CancelReason } from "./cancel";
import { MAX_PER_ORDER_LINE, MAX_VARIANTS } from "./limits";
import { postalCodeProblem, type PostalProblem } from "./postal";

// Messages are keys of the "errors" namespace: the mutation wrapper says them in the request's language.
const publicId = z.string().regex(/^[0-9A-Za-z]{6,32}$/, "common.unknownItem");

export { MAX_IMAGES, MAX_PER_ORDER_LINE, MAX_VARIANTS } from "./limits";

const variant = z.object({
  id: z.union([z.literal(""), publicId]),
  name: z.string().trim().min(1, "merch.optionNameRequired").max(40, "merch.optionNameMax"),
  stock: z.string().trim().regex(/^\d{1,5}$/, "merch.stockInvalid"),
  /** The stock this edit started from: a sale in the meantime makes the save a conflict, never an undo. */
  stockFrom: z.union([z.literal(""), z.string().regex(/^\d{1,6}$/)]).default(""),
  price: z.string().trim(),
});

/** A shipping price for one country, where it differs from the product's default. */
const shippingRate = z.object({
  country: z.string().trim().regex(/^[A-Z]{2}$/, "merch.rateCountry"),
  amount: z.string().trim(),
});

export const productSchema = z
  .object({
    profileId: publicId,
    productId: z.union([z.literal(""), publicId]).default(""),
    title: z.string().trim().min(1, "merch.titleRequired").max(100, "merch.titleMax"),
    // Plain text: shown with line breaks, never as HTML.
    description: z.string().max(3000, "merch.descriptionMax").transform((s) => s.replace(/\r\n?/g, "\n").trim()),
    price: z.string().trim().min(1, "merch.priceRequired"),
    currency: z.enum(CURRENCIES, "common.chooseCurrency"),
    shipCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1, "merch.shipCountriesRequired").max(250),
    /** Shipping to every ticked country without its own price; empty is free. */
    shippingDefault: z.string().trim().default(""),
    shippingRates: z.array(shippingRate).max(250).default([]),
    /** What the options are called ("Size"): needed once there is more than one to choose from. */
    optionGroup: z.string().trim().max(30, "merch.optionGroupMax").default(""),
    status: z.enum(["draft", "live", "sold_out", "archived"], "merch.chooseStatus"),
    variants: z.array(variant).min(1, "merch.variantsRequired").max(MAX_VARIANTS, "merch.variantsMax"),
  })
  .superRefine((v, ctx) => {
    if (parseAmount(v.price, v.currency) === null || parseAmount(v.price, v.currency) === 0) ctx.addIssue({ code: "custom", path: ["price"], message: "merch.priceAboveZero", params: { currency: v.currency } });
    if (v.variants.length > 1 && !v.optionGroup) ctx.addIssue({ code: "custom", path: ["optionGroup"], message: "merch.optionGroupRequired" });
    if (v.shippingDefault && parseAmount(v.shippingDefault, v.currency) === null) ctx.addIssue({ code: "custom", path: ["shippingDefault"], message: "merch.shippingDefaultInvalid", params: { currency: v.currency } });
    const priced = new Set<string>();
    v.shippingRates.forEach((rate, i) => {
      if (!v.shipCountries.includes(rate.country)) ctx.addIssue({ code: "custom", path: ["shippingRates", i, "country"], message: "merch.rateNotShipped", params: { country: rate.country } });
      if (priced.has(rate.country)) ctx.addIssue({ code: "custom", path: ["shippingRates", i, "country"], message: "merch.rateTwice", params: { country: rate.country } });
      priced.add(rate.country);
      if (parseAmount(rate.amount, v.currency) === null) ctx.addIssue({ code: "custom", path: ["shippingRates", i, "amount"], message: "merch.rateInvalid", params: { country: rate.country, currency: v.currency } });
    });
    const names = new Set<string>();
    v.variants.forEach((item, i) => {
      if (item.price && parseAmount(item.price, v.currency) === null) ctx.addIssue({ code: "custom", path: ["variants", i, "price"], message: "merch.variantPriceInvalid", params: { named: item.name ? "yes" : "no", name: item.name, number: i + 1 } });
      const key = item.name.trim().toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: "custom", path: ["variants", i, "name"], message: "merch.variantNameTwice", params: { name: item.name } });
      names.add(key);
    });
  })
  .transform(({ shippingDefault, shippingRates, optionGroup, ...v }) => ({
    ...v,
    optionGroup: optionGroup || null,
    shippingDefaultMinor: shippingDefault ? parseAmount(shippingDefault, v.currency)! : 0,
    shippingRates: Object.fromEntries(shippingRates.map((r) => [r.country, parseAmount(r.amount, v.currency)!])),
    priceMinor: parseAmount(v.price, v.currency)!,
    variants: v.variants.map((item, position) => ({ id: item.id || null, name: item.name, stock: Number(item.stock), stockFrom: item.stockFrom === "" ? null : Number(item.stockFrom), priceMinor: item.price ? parseAmount(item.price, v.currency) : null, position })),
  }));

export type ProductInput = z.output<typeof productSchema>;

/** The FormData a product form posts: repeated variant fields become rows. */
export function productFormInput(form: FormData) {
  const all = (key: string) => form.getAll(key).map(String);
  const names = all("variantName");
  const ids = all("variantId");
  const stocks = all("variantStock");
  const prices = all("variantPrice");
  const stockFrom = all("variantStockFrom");
  const rateAmounts = all("rateAmount");
  return {
    profileId: String(form.get("profileId") ?? ""),
    productId: String(form.get("productId") ?? ""),
    title: String(form.get("title") ?? ""),
    description: String(form.get("description") ?? ""),
    price: String(form.get("price") ?? ""),
    currency: String(form.get("currency") ?? ""),
    shipCountries: all("shipCountries"),
    shippingDefault: String(form.get("shippingDefault") ?? ""),
    shippingRates: all("rateCountry").map((country, i) => ({ country, amount: rateAmounts[i] ?? "" })),
    optionGroup: String(form.get("optionGroup") ?? ""),
    status: String(form.get("status") ?? ""),
    variants: names.map((name, i) => ({ id: ids[i] ?? "", name, stock: stocks[i] ?? "", stockFrom: stockFrom[i] ?? "", price: prices[i] ?? "" })),
  };
}

export const addressSchema = z.object({
  name: z.string().trim().min(2, "merch.recipientRequired").max(100, "merch.recipientMax"),
  line1: z.string().trim().min(3, "merch.streetRequired").max(120, "merch.addressLineMax"),
  line2: z.string().trim().max(120, "merch.addressLineMax"),
  city: z.string().trim().min(1, "common.cityRequired").max(80, "common.cityMax"),
  postalCode: z.string().trim().max(12, "merch.postalCodeMax"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "merch.chooseTheCountry"),
}).superRefine((a, ctx) => {
  // Checked against the chosen country's format, with a message that says what is expected.
  const problem: PostalProblem | null = /^[A-Z]{2}$/.test(a.country) ? postalCodeProblem(a.country, a.postalCode) : a.postalCode ? null : { message: "merch.postalCodeRequired" };
  if (problem) ctx.addIssue({ code: "custom", path: ["postalCode"], message: problem.message, params: problem.params });
});

export type Address = z.infer<typeof addressSchema>;

export const cartLineSchema = z.object({
  variantId: publicId,
  quantity: z.coerce.number().int("merch.wholeQuantity").min(0).max(MAX_PER_ORDER_LINE, "merch.perOrderMax"),
});

/** A seller moves an order on. Cancelling says why (the buyer reads it); "Other" needs the seller's own words. */
export const sellerOrderSchema = z
  .object({
    orderId: publicId,
    sellerId: publicId,
    action: z.enum(["mark_paid", "ship", "cancel"]),
    trackingNote: z.string().trim().max(200, "merch.trackingNoteMax").default(""),
    // "" is no reason (only cancelling needs one).
    reason: z.enum(["", ...CANCEL_REASON_CHOICES.map((c) => c.value)] as ["", ...CancelReason[]], "merch.chooseCancelReason").default(""),
    cancelNote: z.string().trim().max(MAX_CANCEL_NOTE, "merch.cancelNoteMax").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action === "ship" && !v.trackingNote) ctx.addIssue({ code: "custom", path: ["trackingNote"], message: "merch.trackingRequired" });
    if (v.action !== "cancel") return;
    if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "merch.cancelReasonRequired" });
    if (v.reason === "other" && !v.cancelNote) ctx.addIssue({ code: "custom", path: ["cancelNote"], message: "merch.cancelNoteRequired" });
  });

export type SellerOrderInput = z.output<typeof sellerOrderSchema>;
