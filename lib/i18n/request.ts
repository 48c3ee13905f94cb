import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { LOCALE_COOKIE, isLocale, messagesFor, negotiateLocale, type Locale } from "./locales";
import { staticLocale } from "./static-locale";

/**
 * The language of one request (next-intl's request configuration, named in next.config.mjs):
 * a cached public page's own (lib/i18n/static-locale.ts); else the signed-in account's
 * setting; else what proxy.ts negotiated from the chorus-locale cookie and Accept-Language
 * (route handlers, which proxy.ts does not see, negotiate the same way here); else English.
 */
export async function requestLocale(requested: Promise<string | undefined>): Promise<Locale> {
  const fixed = staticLocale();
  if (fixed) return fixed;
  const viewer = await getViewer();
  if (viewer?.locale && isLocale(viewer.locale)) return viewer.locale;
  const fromProxy = await requested;
  if (isLocale(fromProxy)) return fromProxy;
  const h = await headers();
  return negotiateLocale({ cookie: h.get("cookie"), acceptLanguage: h.get("accept-language") });
}

export default getRequestConfig(async ({ locale: asked, requestLocale: requested }) => {
  // Asked for by name (getTranslations({ locale })): nothing to negotiate.
  const locale = isLocale(asked) ? asked : await requestLocale(requested);
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});

export { LOCALE_COOKIE };
