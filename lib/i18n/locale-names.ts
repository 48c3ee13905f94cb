import type { Locale } from "../../scripts/locale.mjs";

export { LOCALES, type Locale } from "../../scripts/locale.mjs";

/**
 * Each language in its own words, for the language switcher. Client-safe: unlike
 * lib/i18n/locales.ts it does not import the message files (all of them, every language).
 */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };
