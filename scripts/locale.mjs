// Which language a request is answered in, shared by proxy.ts, scripts/server.mjs
// and the app (lib/i18n). URLs carry no language: a profile, track or embed link
// is the same for everyone who shares it. The language comes from, in order:
// the signed-in account's setting (lib/i18n/request.ts), the chorus-locale
// cookie (set by the language switcher), the browser's Accept-Language, English.

export const LOCALES = ["en", "fr", "de"];
export const DEFAULT_LOCALE = "en";
export const LOCALE_COOKIE = "chorus-locale";

export function isLocale(value) {
  return typeof value === "string" && LOCALES.includes(value);
}

/** The best of LOCALES for an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8" → "fr"), or null. */
export function fromAcceptLanguage(header) {
  if (!header) return null;
  const ranges = [];
  for (const [index, part] of String(header).slice(0, 512).split(",").entries()) {
    const [tag, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
    const quality = q ? Number(q[1]) : 1;
    if (!tag || !(quality > 0)) continue;
    ranges.push({ language: tag.trim().toLowerCase().split("-")[0], quality, index });
  }
  ranges.sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranges.find((r) => isLocale(r.language))?.language ?? null;
}

/** The chorus-locale cookie's value, when it names one of LOCALES. */
export function fromCookie(cookie) {
  const m = /(?:^|;\s*)chorus-locale=([a-z]{2})(?:;|$)/.exec(String(cookie ?? ""));
  return m && isLocale(m[1]) ? m[1] : null;
}

/** The language for a request with no account setting: the cookie, then Accept-Language, then English. */
export function negotiateLocale({ cookie, acceptLanguage }) {
  return fromCookie(cookie) ?? fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
