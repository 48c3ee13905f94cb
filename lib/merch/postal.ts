/**
 * Postal codes by country: the formats people get wrong, with a message that
 * says what is expected. Countries not listed get a loose check.
 */

/** What a country's codes look like, as the "merch.postalCodeFormat" message names it (a select of the "errors" namespace). */
type PostalFormat = "digits3" | "digits4" | "digits5" | "digits6" | "digits7" | "digits8" | "pl" | "pt" | "nl" | "zip" | "ca" | "uk" | "eircode" | "cpa";

const FORMATS: Record<string, { pattern: RegExp; example: string; format: PostalFormat }> = {
  FR: { pattern: /^\d{5}$/, example: "75011", format: "digits5" },
  DE: { pattern: /^\d{5}$/, example: "10999", format: "digits5" },
  ES: { pattern: /^\d{5}$/, example: "28013", format: "digits5" },
  IT: { pattern: /^\d{5}$/, example: "00184", format: "digits5" },
  FI: { pattern: /^\d{5}$/, example: "00100", format: "digits5" },
  HR: { pattern: /^\d{5}$/, example: "10000", format: "digits5" },
  EE: { pattern: /^\d{5}$/, example: "10111", format: "digits5" },
  LT: { pattern: /^(LT-?)?\d{5}$/i, example: "01100", format: "digits5" },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: "105 57", format: "digits5" },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: "114 55", format: "digits5" },
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: "110 00", format: "digits5" },
  SK: { pattern: /^\d{3} ?\d{2}$/, example: "811 01", format: "digits5" },
  PL: { pattern: /^\d{2}-\d{3}$/, example: "00-950", format: "pl" },
  PT: { pattern: /^\d{4}-\d{3}$/, example: "1100-053", format: "pt" },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/i, example: "1012 AB", format: "nl" },
  BE: { pattern: /^\d{4}$/, example: "1000", format: "digits4" },
  AT: { pattern: /^\d{4}$/, example: "1010", format: "digits4" },
  CH: { pattern: /^\d{4}$/, example: "8001", format: "digits4" },
  DK: { pattern: /^\d{4}$/, example: "1050", format: "digits4" },
  NO: { pattern: /^\d{4}$/, example: "0150", format: "digits4" },
  LU: { pattern: /^(L-?)?\d{4}$/i, example: "1111", format: "digits4" },
  HU: { pattern: /^\d{4}$/, example: "1051", format: "digits4" },
  SI: { pattern: /^\d{4}$/, example: "1000", format: "digits4" },
  BG: { pattern: /^\d{4}$/, example: "1000", format: "digits4" },
  AU: { pattern: /^\d{4}$/, example: "2000", format: "digits4" },
  NZ: { pattern: /^\d{4}$/, example: "6011", format: "digits4" },
  ZA: { pattern: /^\d{4}$/, example: "8001", format: "digits4" },
  RO: { pattern: /^\d{6}$/, example: "010011", format: "digits6" },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "10001", format: "zip" },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, example: "M5V 2T6", format: "ca" },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: "SW1A 1AA", format: "uk" },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/i, example: "D02 X285", format: "eircode" },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: "100-0001", format: "digits7" },
  KR: { pattern: /^\d{5}$/, example: "03187", format: "digits5" },
  BR: { pattern: /^\d{5}-?\d{3}$/, example: "01310-100", format: "digits8" },
  MX: { pattern: /^\d{5}$/, example: "06600", format: "digits5" },
  AR: { pattern: /^([A-Z]\d{4}[A-Z]{3}|\d{4})$/i, example: "C1425DKA", format: "cpa" },
  CL: { pattern: /^\d{7}$/, example: "8320000", format: "digits7" },
  CO: { pattern: /^\d{6}$/, example: "110111", format: "digits6" },
  UY: { pattern: /^\d{5}$/, example: "11000", format: "digits5" },
  IS: { pattern: /^\d{3}$/, example: "101", format: "digits3" },
  LV: { pattern: /^(LV-?)?\d{4}$/i, example: "LV-1050", format: "digits4" },
};

/** What is wrong with a postal code: a key of the "errors" namespace and what it says (the format and an example). */
export type PostalProblem = { message: string; params?: { format: PostalFormat; example: string } };

/** Null when the postal code fits the country; else what is wrong, with an example. */
export function postalCodeProblem(country: string, code: string): PostalProblem | null {
  const value = code.trim();
  if (!value) return { message: "merch.postalCodeRequired" };
  const format = FORMATS[country];
  if (!format) return /^[A-Za-z0-9 -]{2,12}$/.test(value) ? null : { message: "merch.postalCodeChars" };
  return format.pattern.test(value) ? null : { message: "merch.postalCodeFormat", params: { format: format.format, example: format.example } };
}
