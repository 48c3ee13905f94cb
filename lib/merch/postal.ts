/**
 * Postal codes by country: the formats people get wrong, with a message that
 * says what is expected. Countries not listed get a loose check.
 */
const FORMATS: Record<string, { pattern: RegExp; example: string; what: string }> = {
  FR: { pattern: /^\d{5}$/, example: "75011", what: "five digits" },
  DE: { pattern: /^\d{5}$/, example: "10999", what: "five digits" },
  ES: { pattern: /^\d{5}$/, example: "28013", what: "five digits" },
  IT: { pattern: /^\d{5}$/, example: "00184", what: "five digits" },
  FI: { pattern: /^\d{5}$/, example: "00100", what: "five digits" },
  HR: { pattern: /^\d{5}$/, example: "10000", what: "five digits" },
  EE: { pattern: /^\d{5}$/, example: "10111", what: "five digits" },
  LT: { pattern: /^(LT-?)?\d{5}$/i, example: "01100", what: "five digits" },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: "105 57", what: "five digits" },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: "114 55", what: "five digits" },
  CZ: { pattern: /^\d{3} ?\d{2}$/, example: "110 00", what: "five digits" },
  SK: { pattern: /^\d{3} ?\d{2}$/, example: "811 01", what: "five digits" },
  PL: { pattern: /^\d{2}-\d{3}$/, example: "00-950", what: "two digits, a dash and three digits" },
  PT: { pattern: /^\d{4}-\d{3}$/, example: "1100-053", what: "four digits, a dash and three digits" },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/i, example: "1012 AB", what: "four digits and two letters" },
  BE: { pattern: /^\d{4}$/, example: "1000", what: "four digits" },
  AT: { pattern: /^\d{4}$/, example: "1010", what: "four digits" },
  CH: { pattern: /^\d{4}$/, example: "8001", what: "four digits" },
  DK: { pattern: /^\d{4}$/, example: "1050", what: "four digits" },
  NO: { pattern: /^\d{4}$/, example: "0150", what: "four digits" },
  LU: { pattern: /^(L-?)?\d{4}$/i, example: "1111", what: "four digits" },
  HU: { pattern: /^\d{4}$/, example: "1051", what: "four digits" },
  SI: { pattern: /^\d{4}$/, example: "1000", what: "four digits" },
  BG: { pattern: /^\d{4}$/, example: "1000", what: "four digits" },
  AU: { pattern: /^\d{4}$/, example: "2000", what: "four digits" },
  NZ: { pattern: /^\d{4}$/, example: "6011", what: "four digits" },
  ZA: { pattern: /^\d{4}$/, example: "8001", what: "four digits" },
  RO: { pattern: /^\d{6}$/, example: "010011", what: "six digits" },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "10001 or 10001-1234", what: "a five-digit ZIP code (or ZIP+4)" },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, example: "M5V 2T6", what: "letter-digit-letter digit-letter-digit" },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: "SW1A 1AA", what: "a UK postcode" },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/i, example: "D02 X285", what: "an Eircode" },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: "100-0001", what: "seven digits" },
  KR: { pattern: /^\d{5}$/, example: "03187", what: "five digits" },
  BR: { pattern: /^\d{5}-?\d{3}$/, example: "01310-100", what: "eight digits" },
  MX: { pattern: /^\d{5}$/, example: "06600", what: "five digits" },
  AR: { pattern: /^([A-Z]\d{4}[A-Z]{3}|\d{4})$/i, example: "C1425DKA", what: "a CPA like C1425DKA (or four digits)" },
  CL: { pattern: /^\d{7}$/, example: "8320000", what: "seven digits" },
  CO: { pattern: /^\d{6}$/, example: "110111", what: "six digits" },
  UY: { pattern: /^\d{5}$/, example: "11000", what: "five digits" },
  IS: { pattern: /^\d{3}$/, example: "101", what: "three digits" },
  LV: { pattern: /^(LV-?)?\d{4}$/i, example: "LV-1050", what: "four digits" },
};

/** Null when the postal code fits the country; else what is wrong, with an example. */
export function postalCodeProblem(country: string, code: string): string | null {
  const value = code.trim();
  if (!value) return "Enter the postal code.";
  const format = FORMATS[country];
  if (!format) return /^[A-Za-z0-9 -]{2,12}$/.test(value) ? null : "Postal codes use letters, digits, spaces and dashes.";
  return format.pattern.test(value) ? null : `This is not a postal code for that country: it should be ${format.what}, like ${format.example}.`;
}
