import { DEFAULT_MARKETS } from "@/lib/markets/markets";
import { countryName } from "@/lib/markets/countries";

/** Countries a seller can ship to: the launch markets, by name in the page's language. */
export function shippingCountries(locale: string) {
  return DEFAULT_MARKETS.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => (locale === "en" ? a.name.localeCompare(b.name) : a.name.localeCompare(b.name, locale)));
}
