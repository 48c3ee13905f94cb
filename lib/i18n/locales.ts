import { isLocale, type Locale } from "../../scripts/locale.mjs";
import { de, en, fr } from "./messages";

export { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, fromAcceptLanguage, fromCookie, isLocale, negotiateLocale, type Locale } from "../../scripts/locale.mjs";

export { LOCALE_NAMES } from "./locale-names";

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
 * browser. Server-only ones (errors, audit, embed, search, notifications) stay on the
 * server. lib/i18n/messages.test.ts fails when a component uses one not listed.
 */
export const CLIENT_NAMESPACES = ["common", "shell", "auth", "home", "feed", "profile", "follow", "fediverse", "concerts", "player", "music", "playlists", "comments", "discover", "settings", "moderation", "messages", "merch", "share", "studio", "studioMusic"] as const satisfies readonly (keyof Messages)[];

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

/** What every page of the app's shell sends: the shell, the player and what pages of every kind show. */
const SHELL_NAMESPACES = ["common", "shell", "home", "feed", "profile", "follow", "fediverse", "concerts", "player", "music", "playlists", "comments", "discover", "moderation", "share"] as const satisfies readonly ClientNamespace[];

/**
 * Which messages each part of the app sends, by folder: a layout group sends its own
 * (components/i18n/intl-provider.tsx IntlProvider), and a folder below adds what only
 * its screens use (MoreMessages), so a profile page does not carry Studio's forms.
 * lib/i18n/client-messages.test.ts follows every client component's imports up to
 * the folders that render it and fails when a namespace it reads is not sent there.
 */
export const SEGMENT_NAMESPACES = {
  "app/(main)": SHELL_NAMESPACES,
  "app/(cached)": SHELL_NAMESPACES,
  "app/(auth)": ["common", "auth"],
  "app/intent": ["common", "auth", "follow"],
  "app/(main)/studio": ["studio", "studioMusic", "merch", "settings"],
  "app/(main)/settings": ["settings", "studioMusic"],
  "app/(main)/playlist": ["studioMusic"],
  "app/(main)/messages": ["messages"],
  "app/(main)/merch": ["merch"],
  "app/(main)/cart": ["merch"],
  "app/(main)/checkout": ["merch"],
  "app/(main)/orders": ["merch"],
} as const satisfies Record<string, readonly ClientNamespace[]>;

export type Segment = keyof typeof SEGMENT_NAMESPACES;

/** The part of a language's messages that a segment's client components need. */
export function clientMessages(messages: Messages, segment: Segment): Partial<Messages> {
  return Object.fromEntries(SEGMENT_NAMESPACES[segment].map((namespace) => [namespace, messages[namespace]]));
}
