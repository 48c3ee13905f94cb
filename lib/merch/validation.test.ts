import { localizeIssues } from "@/lib/i18n/server";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/action-state";
import { testLocale } from "@/lib/test/next-intl-server-stub";
import { addressSchema, productSchema, sellerOrderSchema } from "./validation";

const product = {
  profileId: "page000001",
  productId: "",
  title: "Tour tee",
  description: "",
  price: "25",
  currency: "EUR",
  shipCountries: ["DE", "FR"],
  status: "live",
  variants: [{ id: "", name: "One size", stock: "5", stockFrom: "", price: "" }],
};
const sizes = [
  { id: "", name: "S", stock: "5", stockFrom: "", price: "" },
  { id: "", name: "M", stock: "5", stockFrom: "", price: "" },
];

/** Field errors as the seller reads them (in English: the guard translates the schema's keys). */
const errorsOf = async (input: unknown, schema: typeof productSchema | typeof sellerOrderSchema | typeof addressSchema = productSchema): Promise<Record<string, string>> => {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(await localizeIssues(r.error));
};

describe("product form", () => {
  it("needs a name for the options once there are two to choose from", async () => {
    expect((await errorsOf({ ...product, variants: sizes })).optionGroup).toMatch(/Name the options/);
    expect((await errorsOf({ ...product, variants: sizes, optionGroup: "Size" })).optionGroup).toBeUndefined();
    expect(productSchema.parse({ ...product, variants: sizes, optionGroup: " Size " }).optionGroup).toBe("Size");
    // One option needs no name: it is chosen for the buyer.
    expect(productSchema.parse(product).optionGroup).toBeNull();
  });

  it("turns the standard and per-country shipping prices into minor units", () => {
    const parsed = productSchema.parse({ ...product, shippingDefault: "9", shippingRates: [{ country: "DE", amount: "4.50" }, { country: "FR", amount: "0" }] });
    expect(parsed.shippingDefaultMinor).toBe(900);
    expect(parsed.shippingRates).toEqual({ DE: 450, FR: 0 });
    expect(productSchema.parse(product)).toMatchObject({ shippingDefaultMinor: 0, shippingRates: {} });
  });

  it("refuses a price for a country it does not ship to, a country priced twice, and prices that are not amounts", async () => {
    const errors = await errorsOf({ ...product, shippingDefault: "4,505", shippingRates: [{ country: "US", amount: "12" }, { country: "DE", amount: "4.50" }, { country: "DE", amount: "abc" }] });
    expect(errors.shippingDefault).toMatch(/Shipping must be like 4 or 4.50 \(EUR\)/);
    expect(errors.shippingRates.split("\n")).toEqual([
      "You set a shipping price for United States but do not ship there: tick it under “Ships to” or remove its price.",
      "Germany has two shipping prices: keep one.",
      "Shipping to Germany must be like 4 or 4.50 (EUR); 0 is free.",
    ]);
  });
});

describe("seller order changes", () => {
  const order = { orderId: "order00001", sellerId: "page000001" };

  it("a cancel needs a reason, and “Other” needs the seller's words", async () => {
    expect((await errorsOf({ ...order, action: "cancel" }, sellerOrderSchema)).reason).toMatch(/Choose why you are cancelling/);
    expect((await errorsOf({ ...order, action: "cancel", reason: "other", cancelNote: "  " }, sellerOrderSchema)).cancelNote).toMatch(/Say why/);
    expect((await errorsOf({ ...order, action: "cancel", reason: "because" }, sellerOrderSchema)).reason).toBe("Choose why you are cancelling.");
    expect(sellerOrderSchema.parse({ ...order, action: "cancel", reason: "out_of_stock" })).toMatchObject({ reason: "out_of_stock", cancelNote: "" });
  });

  it("other changes need no reason; shipping still needs a tracking note", async () => {
    expect(sellerOrderSchema.safeParse({ ...order, action: "mark_paid", reason: "" }).success).toBe(true);
    expect((await errorsOf({ ...order, action: "ship" }, sellerOrderSchema)).trackingNote).toMatch(/Add a tracking number/);
  });
});

describe("shipping address", () => {
  const address = { name: "Ana Buyer", line1: "Rua Augusta 10", line2: "", city: "New York", postalCode: "1", country: "US" };

  it("says what a postal code of the chosen country looks like, in the buyer's language", async () => {
    expect((await errorsOf(address, addressSchema)).postalCode).toBe("This is not a postal code for that country: it should be a five-digit ZIP code (or ZIP+4), like 10001 or 10001-1234.");
    expect((await errorsOf({ ...address, postalCode: "", country: "DE" }, addressSchema)).postalCode).toBe("Enter the postal code.");
    testLocale("fr");
    try {
      expect((await errorsOf({ ...address, postalCode: "ABCDE", country: "FR" }, addressSchema)).postalCode).toBe("Ce n’est pas un code postal de ce pays. Format attendu\u00a0: cinq chiffres, par exemple 75011.");
    } finally {
      testLocale("en");
    }
  });
});
