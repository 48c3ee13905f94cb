import { countryName } from "@/lib/markets/countries";
import { shippingRate, type ShippingTerms } from "@/lib/merch/shipping";
import { formatMoney } from "@/lib/money";

const price = (minor: number, currency: string) => (minor ? formatMoney(minor, currency) : "free");

/** Where it ships and what shipping costs, as a buyer reads it: their country first, every country and price on demand. */
export function ShippingInfo({ terms, currency, viewerCountry }: { terms: ShippingTerms; currency: string; viewerCountry: string | null }) {
  const countries = terms.shipCountries;
  const here = viewerCountry ? shippingRate(terms, viewerCountry) : null;
  const ships = viewerCountry ? here !== null : null;
  const others = countries.length - (ships ? 1 : 0);
  const rows = countries.map((code) => ({ code, name: countryName(code), amount: shippingRate(terms, code)! })).sort((a, b) => a.name.localeCompare(b.name, "en"));
  const where =
    ships === null
      ? `Ships to ${countries.length === 1 ? rows[0].name : `${countries.length} countries`}.`
      : ships
        ? others
          ? `Also ships to ${others} more ${others === 1 ? "country" : "countries"}.`
          : "Ships to your country only."
        : `Does not ship to your country (${countryName(viewerCountry)}).`;
  return (
    <div data-testid="shipping" className={`text-sm ${ships === false ? "text-red-600 dark:text-red-400" : "text-muted"}`}>
      {ships ? (
        <p className="text-fg">
          Shipping to {countryName(viewerCountry)}: <span className="font-semibold tabular-nums">{price(here!, currency)}</span>
        </p>
      ) : null}
      <p>{where}</p>
      {countries.length > 1 || ships === false ? (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium text-fg hover:underline">
            Shipping prices for all {countries.length} {countries.length === 1 ? "country" : "countries"}
          </summary>
          <ul className="mt-1 max-w-xs space-y-0.5 text-muted" aria-label="Shipping prices">
            {rows.map((r) => (
              <li key={r.code} className="flex justify-between gap-4">
                <span>{r.name}</span>
                <span className="tabular-nums">{price(r.amount, currency)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-muted">Several items from this seller ship together: you pay the highest of their shipping prices, once.</p>
        </details>
      ) : null}
    </div>
  );
}
