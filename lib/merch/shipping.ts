/**
 * Shipping set by the seller per product: a price for every country it ships
 * to (the default), and its own price where a country differs. Amounts are in
 * the product's currency, in minor units.
 */
export type ShippingTerms = { shipCountries: string[]; shippingDefaultMinor: number; shippingRates: Record<string, number> };

/** One product's shipping to a country, or null when it does not ship there. */
export function shippingRate(product: ShippingTerms, country: string): number | null {
  if (!product.shipCountries.includes(country)) return null;
  return product.shippingRates[country] ?? product.shippingDefaultMinor;
}

/**
 * Shipping for one order (one seller, one currency) to a country. What a
 * buyer orders from one seller travels together, so they pay the highest rate
 * among the order's products, once, whatever the quantities. Null when any
 * product does not ship there (or there is nothing to ship).
 */
export function orderShipping(products: ShippingTerms[], country: string): number | null {
  if (!products.length) return null;
  let highest = 0;
  for (const product of products) {
    const rate = shippingRate(product, country);
    if (rate === null) return null;
    highest = Math.max(highest, rate);
  }
  return highest;
}

/** Every country the whole order ships to, with its shipping: what a checkout shows as the buyer picks a destination. */
export function shippingQuotes(products: ShippingTerms[]): Record<string, number> {
  const quotes: Record<string, number> = {};
  for (const country of products[0]?.shipCountries ?? []) {
    const amount = orderShipping(products, country);
    if (amount !== null) quotes[country] = amount;
  }
  return quotes;
}
