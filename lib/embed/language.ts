import { createTranslator } from "next-intl";
import { localeOrNull, messagesFor, negotiateLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The language of an embed (or an oEmbed answer): the `lang` query parameter (en, fr, de)
 * when the embed code names one, else the visitor's Accept-Language, else English. Never a
 * cookie: embeds are cookie-free. `negotiated` says the header decided, so a shared cache
 * must keep one copy per language (Vary: Accept-Language).
 */
export function embedLocale(request: Request): { locale: Locale; negotiated: boolean } {
  const asked = localeOrNull(new URL(request.url).searchParams.get("lang"));
  if (asked) return { locale: asked, negotiated: false };
  return { locale: negotiateLocale({ cookie: null, acceptLanguage: request.headers.get("accept-language") }), negotiated: true };
}

/** The "embed" messages in one language (embeds are plain HTML, not React). */
export function embedTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "embed" });
}

/** Headers for a response whose language came from Accept-Language. */
export function varyOnLanguage(headers: Headers, negotiated: boolean): Headers {
  if (negotiated) headers.append("Vary", "Accept-Language");
  return headers;
}
