import { dateFormat, numberFormat, relativeTimeFormat } from "@/lib/intl";
/** Formatting helpers for UTC instants shown in a given IANA zone. */

/** `locale`: the page's language (useLocale() / getLocale()); British English by default. */
export function formatInZone(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions = {}, locale = "en-GB"): string {
  return dateFormat(locale === "en" ? "en-GB" : locale, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", ...options }).format(date);
}

export function relativeTime(date: Date, now = new Date(), locale = "en"): string {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const rtf = relativeTimeFormat(locale, { numeric: "auto" });
  if (abs < 60) return rtf.format(-seconds, "second");
  if (abs < 3600) return rtf.format(-Math.round(seconds / 60), "minute");
  if (abs < 86400) return rtf.format(-Math.round(seconds / 3600), "hour");
  if (abs < 86400 * 30) return rtf.format(-Math.round(seconds / 86400), "day");
  if (abs < 86400 * 365) return rtf.format(-Math.round(seconds / (86400 * 30)), "month");
  return rtf.format(-Math.round(seconds / (86400 * 365)), "year");
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** "12K" in English, "12 k" in French, "12.345" in German (German compacts only from a million: "1,2 Mio."). */
export function compactNumber(n: number, locale = "en"): string {
  return numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(n);
}
