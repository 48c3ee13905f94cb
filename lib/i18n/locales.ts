import { isLocale, type Locale } from "../../scripts/locale.mjs";
import { de, en, fr } from "./messages";

export { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, fromAcceptLanguage, fromCookie, isLocale, negotiateLocale, type Locale } from "../../scripts/locale.mjs";

/** Each language in its own words, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, fr: fr as unknown as Messages, de: de as unknown as Messages };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** A locale from an untrusted value (a URL's ?lang=, a form field), or null. */
export function localeOrNull(value: unknown): Locale | null {
  if (typeof value !== "string") return null;
  const short = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(short) ? short : null;
}

/**
 * The namespaces client components read (useTranslations): only these travel to the
 * browser with each page. Server-only ones (errors, embed, search, notifications) stay
 * on the server. lib/i18n/messages.test.ts fails when a component uses one not listed.
 */
export const CLIENT_NAMESPACES = ["common", "shell", "auth", "home", "feed", "profile", "follow", "fediverse", "concerts", "player", "music", "playlists", "comments", "discover", "settings", "moderation", "messages", "merch", "share", "studio", "studioMusic"] as const satisfies readonly (keyof Messages)[];

/** The part of a language's messages that client components need. */
export function clientMessages(messages: Messages): Partial<Messages> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
