import { useLocale, useTranslations } from "next-intl";
import { shippingRate, type ShippingTerms } from "@/lib/merch/shipping";
import { formatMoney } from "@/lib/money";
import { countryName } from "@/lib/markets/countries";

/** Where it ships and what shipping costs, as a buyer reads it: their country first, every country and price on demand. */
export function ShippingInfo({ terms, currency, viewerCountry }: { terms: ShippingTerms; currency: string; viewerCountry: string | null }) {
  const t = useTranslations("merch");
  const locale = useLocale();
  const price = (minor: number) => (minor ? formatMoney(minor, currency, locale) : t("free"));
  const countries = terms.shipCountries;
  const here = viewerCountry ? shippingRate(terms, viewerCountry) : null;
  const ships = viewerCountry ? here !== null : null;
  const others = countries.length - (ships ? 1 : 0);
  const rows = countries.map((code) => ({ code, name: countryName(code, locale), amount: shippingRate(terms, code)! })).sort((a, b) => a.name.localeCompare(b.name, locale));
  const where =
    ships === null
      ? countries.length === 1
        ? t("shippingInfo.shipsToOne", { country: rows[0].name })
        : t("shippingInfo.shipsToCount", { count: countries.length })
      : ships
        ? others
          ? t("shippingInfo.alsoShipsTo", { count: others })
          : t("shippingInfo.onlyYours")
        : t("shippingInfo.notYours", { country: countryName(viewerCountry, locale) });
  return (
    <div data-testid="shipping" className={`text-sm ${ships === false ? "text-red-600 dark:text-red-400" : "text-muted"}`}>
      {ships ? (
        <p className="text-fg">
          {t.rich("shippingInfo.here", {
            country: countryName(viewerCountry, locale),
            amount: price(here!),
            price: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span>,
          })}
        </p>
      ) : null}
      <p>{where}</p>
      {countries.length > 1 || ships === false ? (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium text-fg hover:underline">{t("shippingInfo.allPrices", { count: countries.length })}</summary>
          <ul className="mt-1 max-w-xs space-y-0.5 text-muted" aria-label={t("shippingInfo.prices")}>
            {rows.map((r) => (
              <li key={r.code} className="flex justify-between gap-4">
                <span>{r.name}</span>
                <span className="tabular-nums">{price(r.amount)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-muted">{t("shippingInfo.together")}</p>
        </details>
      ) : null}
    </div>
  );
}
