import { z } from "zod";
import { countryName } from "@/lib/markets/countries";
import { CURRENCIES, parseAmount } from "@/lib/money";
import { CANCEL_REASON_CHOICES, MAX_CANCEL_NOTE, type CancelReason } from "./cancel";
import { MAX_PER_ORDER_LINE, MAX_VARIANTS } from "./limits";
import { postalCodeProblem } from "./postal";

const publicId = z.string().regex(/^[0-9A-Za-z]{6,32}$/, "Unknown item.");

export { MAX_IMAGES, MAX_PER_ORDER_LINE, MAX_VARIANTS } from "./limits";

const variant = z.object({
  id: z.union([z.literal(""), publicId]),
  name: z.string().trim().min(1, "Every option needs a name (e.g. M, Black, Vinyl).").max(40, "Option names must be at most 40 characters."),
  stock: z.string().trim().regex(/^\d{1,5}$/, "Stock must be a whole number from 0 to 99999."),
  /** The stock this edit started from: a sale in the meantime makes the save a conflict, never an undo. */
  stockFrom: z.union([z.literal(""), z.string().regex(/^\d{1,6}$/)]).default(""),
  price: z.string().trim(),
});

/** A shipping price for one country, where it differs from the product's default. */
const shippingRate = z.object({
  country: z.string().trim().regex(/^[A-Z]{2}$/, "Choose the country of each shipping price."),
  amount: z.string().trim(),
});

export const productSchema = z
  .object({
    profileId: publicId,
    productId: z.union([z.literal(""), publicId]).default(""),
    title: z.string().trim().min(1, "Give the product a title.").max(100, "Titles must be at most 100 characters."),
    // Plain text: shown with line breaks, never as HTML.
    description: z.string().max(3000, "The description must be at most 3,000 characters.").transform((s) => s.replace(/\r\n?/g, "\n").trim()),
    price: z.string().trim().min(1, "Enter a price."),
    currency: z.enum(CURRENCIES, "Choose a currency."),
    shipCountries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1, "Choose at least one country you ship to.").max(250),
    /** Shipping to every ticked country without its own price; empty is free. */
    shippingDefault: z.string().trim().default(""),
    shippingRates: z.array(shippingRate).max(250).default([]),
    /** What the options are called ("Size"): needed once there is more than one to choose from. */
    optionGroup: z.string().trim().max(30, "The name of the options must be at most 30 characters.").default(""),
    status: z.enum(["draft", "live", "sold_out", "archived"], "Choose a status."),
    variants: z.array(variant).min(1, "Add at least one option with its stock (e.g. “One size”).").max(MAX_VARIANTS, `At most ${MAX_VARIANTS} options.`),
  })
  .superRefine((v, ctx) => {
    if (parseAmount(v.price, v.currency) === null || parseAmount(v.price, v.currency) === 0) ctx.addIssue({ code: "custom", path: ["price"], message: `Enter a price above zero, like 25 or 25.50 (${v.currency}).` });
    if (v.variants.length > 1 && !v.optionGroup) ctx.addIssue({ code: "custom", path: ["optionGroup"], message: "Name the options so buyers know what they choose (e.g. Size, Colour, Format)." });
    if (v.shippingDefault && parseAmount(v.shippingDefault, v.currency) === null) ctx.addIssue({ code: "custom", path: ["shippingDefault"], message: `Shipping must be like 4 or 4.50 (${v.currency}), or empty for free shipping.` });
    const priced = new Set<string>();
    v.shippingRates.forEach((rate, i) => {
      const name = countryName(rate.country);
      if (!v.shipCountries.includes(rate.country)) ctx.addIssue({ code: "custom", path: ["shippingRates", i, "country"], message: `You set a shipping price for ${name} but do not ship there: tick it under “Ships to” or remove its price.` });
      if (priced.has(rate.country)) ctx.addIssue({ code: "custom", path: ["shippingRates", i, "country"], message: `${name} has two shipping prices: keep one.` });
      priced.add(rate.country);
      if (parseAmount(rate.amount, v.currency) === null) ctx.addIssue({ code: "custom", path: ["shippingRates", i, "amount"], message: `Shipping to ${name} must be like 4 or 4.50 (${v.currency}); 0 is free.` });
    });
    const names = new Set<string>();
    v.variants.forEach((item, i) => {
      if (item.price && parseAmount(item.price, v.currency) === null) ctx.addIssue({ code: "custom", path: ["variants", i, "price"], message: `“${item.name || `Option ${i + 1}`}”: price must be like 25 or 25.50, or empty for the product price.` });
      const key = item.name.trim().toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: "custom", path: ["variants", i, "name"], message: `Two options are called “${item.name}”.` });
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
  name: z.string().trim().min(2, "Enter the recipient's full name.").max(100, "Names must be at most 100 characters."),
  line1: z.string().trim().min(3, "Enter the street and number.").max(120, "Address lines must be at most 120 characters."),
  line2: z.string().trim().max(120, "Address lines must be at most 120 characters."),
  city: z.string().trim().min(1, "Enter the city.").max(80, "City must be at most 80 characters."),
  postalCode: z.string().trim().max(12, "Postal codes are at most 12 characters."),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose the country."),
}).superRefine((a, ctx) => {
  // Checked against the chosen country's format, with a message that says what is expected.
  const problem = /^[A-Z]{2}$/.test(a.country) ? postalCodeProblem(a.country, a.postalCode) : a.postalCode ? null : "Enter the postal code.";
  if (problem) ctx.addIssue({ code: "custom", path: ["postalCode"], message: problem });
});

export type Address = z.infer<typeof addressSchema>;

export const cartLineSchema = z.object({
  variantId: publicId,
  quantity: z.coerce.number().int("Quantities are whole numbers.").min(0).max(MAX_PER_ORDER_LINE, `At most ${MAX_PER_ORDER_LINE} of one item per order.`),
});

/** A seller moves an order on. Cancelling says why (the buyer reads it); "Other" needs the seller's own words. */
export const sellerOrderSchema = z
  .object({
    orderId: publicId,
    sellerId: publicId,
    action: z.enum(["mark_paid", "ship", "cancel"]),
    trackingNote: z.string().trim().max(200, "The tracking note must be at most 200 characters.").default(""),
    // "" is no reason (only cancelling needs one).
    reason: z.enum(["", ...CANCEL_REASON_CHOICES.map((c) => c.value)] as ["", ...CancelReason[]], "Choose why you are cancelling.").default(""),
    cancelNote: z.string().trim().max(MAX_CANCEL_NOTE, `The note must be at most ${MAX_CANCEL_NOTE} characters.`).default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action === "ship" && !v.trackingNote) ctx.addIssue({ code: "custom", path: ["trackingNote"], message: "Add a tracking number or a note on how it was sent." });
    if (v.action !== "cancel") return;
    if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Choose why you are cancelling: the buyer sees it." });
    if (v.reason === "other" && !v.cancelNote) ctx.addIssue({ code: "custom", path: ["cancelNote"], message: "Say why in a few words: the buyer sees it." });
  });

export type SellerOrderInput = z.output<typeof sellerOrderSchema>;
