/** Money is integer minor units plus an ISO 4217 currency. */

const ZERO_DECIMAL = new Set(["JPY", "KRW", "CLP", "VND", "ISK"]);

export function minorUnitDigits(currency: string): number {
  return ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2;
}

export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
}
