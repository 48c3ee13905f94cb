import { numberFormat } from "@/lib/intl";
/** Money is integer minor units plus an ISO 4217 currency. Never floats in sums. */

const ZERO_DECIMAL = new Set(["JPY", "KRW", "CLP", "VND", "ISK", "UGX", "XOF", "XAF"]);
const THREE_DECIMAL = new Set(["BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"]);

/** The currencies creators can sell and set ticket prices in. */
export const CURRENCIES = ["EUR", "USD", "GBP", "JPY", "SEK", "NOK", "DKK", "CHF", "PLN", "BRL", "MXN", "AUD", "CAD", "NZD", "KRW"] as const;

export function minorUnitDigits(currency: string): number {
  const c = currency.toUpperCase();
  return ZERO_DECIMAL.has(c) ? 0 : THREE_DECIMAL.has(c) ? 3 : 2;
}

export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits);
}

/**
 * "25", "25.5", "25,50" → minor units for the currency, by string arithmetic
 * (no float rounding). Null when the text is not an amount the currency allows
 * (e.g. decimals on JPY, three decimals on EUR).
 */
export function parseAmount(text: string, currency: string): number | null {
  const m = /^\s*(\d{1,9})(?:[.,](\d+))?\s*$/.exec(text);
  if (!m) return null;
  const digits = minorUnitDigits(currency);
  const fraction = m[2] ?? "";
  if (fraction.length > digits) return null;
  const minor = Number(m[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units back to the plain text an input shows ("25.50", "3000"). */
export function amountText(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (!digits) return String(minor);
  const s = String(Math.abs(minor)).padStart(digits + 1, "0");
  return `${minor < 0 ? "-" : ""}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** unit × quantity, refusing anything that is not a safe integer. */
export function lineTotal(unitMinor: number, quantity: number): number {
  const total = unitMinor * quantity;
  if (!Number.isSafeInteger(unitMinor) || !Number.isSafeInteger(quantity) || !Number.isSafeInteger(total)) throw new RangeError("Money out of range");
  return total;
}

/** Adds lines of one currency; mixing currencies is a programming error. */
export function sumLines(lines: { unitMinor: number; quantity: number; currency: string }[], currency: string): number {
  return lines.reduce((sum, l) => {
    if (l.currency !== currency) throw new Error(`Cannot add ${l.currency} to ${currency}`);
    return sum + lineTotal(l.unitMinor, l.quantity);
  }, 0);
}
