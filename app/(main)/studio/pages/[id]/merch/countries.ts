import { DEFAULT_MARKETS } from "@/lib/markets/markets";
import { countryName } from "@/lib/markets/countries";

/** Countries a seller can ship to: the launch markets, by name. */
export function shippingCountries() {
  return DEFAULT_MARKETS.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
}
