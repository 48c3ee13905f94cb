import { describe, expect, it } from "vitest";
import { orderShipping, shippingQuotes, shippingRate } from "./shipping";

const tee = { shipCountries: ["DE", "FR", "US"], shippingDefaultMinor: 900, shippingRates: { DE: 450, US: 1800 } };
const poster = { shipCountries: ["DE", "FR"], shippingDefaultMinor: 600, shippingRates: {} };
const freeTote = { shipCountries: ["DE"], shippingDefaultMinor: 0, shippingRates: {} };

describe("shipping set by the seller", () => {
  it("uses the country's own price, else the standard price, and nothing where it does not ship", () => {
    expect(shippingRate(tee, "DE")).toBe(450);
    expect(shippingRate(tee, "FR")).toBe(900);
    expect(shippingRate(tee, "JP")).toBeNull();
    expect(shippingRate(freeTote, "DE")).toBe(0);
    // A stale rate for a country no longer ticked never makes it shippable.
    expect(shippingRate({ ...poster, shippingRates: { US: 300 } }, "US")).toBeNull();
  });

  it("charges one order the highest rate among its products, once", () => {
    expect(orderShipping([tee, poster], "DE")).toBe(600);
    expect(orderShipping([tee, poster], "FR")).toBe(900);
    expect(orderShipping([freeTote], "DE")).toBe(0);
  });

  it("has no shipping when any product does not ship there, or when there is nothing to ship", () => {
    expect(orderShipping([tee, poster], "US")).toBeNull();
    expect(orderShipping([], "DE")).toBeNull();
  });

  it("quotes every country the whole order ships to", () => {
    expect(shippingQuotes([tee, poster])).toEqual({ DE: 600, FR: 900 });
    expect(shippingQuotes([tee])).toEqual({ DE: 450, FR: 900, US: 1800 });
    expect(shippingQuotes([])).toEqual({});
  });
});
