/**
 * Intl formatters, made once per locale and options. Constructing one (above
 * all with a time zone) costs far more than formatting with it: a page of
 * concerts or prices built a fresh formatter per value.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function once<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(kind: string, locale: string | undefined, options: object, make: () => T): T {
  const key = `${kind}|${locale ?? ""}|${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    // Keys come from code, not input, but time zones are many: stay bounded.
    if (made.size > 2000) made.clear();
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

export const dateFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions = {}) => once("d", locale, options, () => new Intl.DateTimeFormat(locale, options));
export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}) => once("n", locale, options, () => new Intl.NumberFormat(locale, options));
export const relativeTimeFormat = (locale: string | undefined, options: Intl.RelativeTimeFormatOptions = {}) => once("r", locale, options, () => new Intl.RelativeTimeFormat(locale, options));
