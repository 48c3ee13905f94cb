import "server-only";
import { headers } from "next/headers";
import { requestLocale } from "./request";
import type { Locale } from "./locales";

/**
 * The language of the page being rendered, for the root layout and the root 404,
 * which sit above a cached page's [locale] segment: they must not resolve
 * next-intl's per-request configuration before that segment sets it, so they ask
 * with an explicit locale. A cached page gets "en" here; scripts/server.mjs
 * writes its real language into <html lang>.
 */
export async function pageLanguage(): Promise<Locale> {
  const h = await headers();
  return requestLocale(Promise.resolve(h.get("x-next-intl-locale") ?? undefined));
}
