import { cache } from "react";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

const marker = cache((): { locale: Locale | null } => ({ locale: null }));

/**
 * A page cached for everyone (app/(cached)) renders in the language of its URL
 * segment, not the visitor's: call this at the top of its layout, page and
 * generateMetadata. lib/i18n/request.ts then reads neither cookies nor the session.
 */
export function renderIn(locale: Locale): void {
  marker().locale = locale;
  setRequestLocale(locale);
}

/** The language a cached page was told to render in, or null for a page rendered per request. */
export function staticLocale(): Locale | null {
  return marker().locale;
}

/** renderIn() for a cached page's [locale] segment; any other segment is not a page. */
export function cachedLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound();
  renderIn(segment);
  return segment;
}
