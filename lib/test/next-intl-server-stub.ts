/**
 * next-intl/server for unit tests (vitest has no Next request): English, or the
 * language a test sets with `testLocale`. Messages and formatting are the real ones.
 */
import { createFormatter, createTranslator } from "next-intl";
import { messagesFor, type Locale } from "@/lib/i18n/locales";

const holder = globalThis as unknown as { __testLocale?: Locale };

export function testLocale(locale: Locale): void {
  holder.__testLocale = locale;
}

const current = (): Locale => holder.__testLocale ?? "en";

export async function getLocale(): Promise<Locale> {
  return current();
}

export async function getMessages() {
  return messagesFor(current());
}

export async function getTranslations(options?: string | { locale?: Locale; namespace?: string }) {
  const namespace = typeof options === "string" ? options : options?.namespace;
  const locale = (typeof options === "object" && options?.locale) || current();
  return createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as never });
}

export async function getFormatter(options?: { locale?: Locale }) {
  return createFormatter({ locale: options?.locale ?? current(), timeZone: "UTC" });
}

export function setRequestLocale(locale: Locale): void {
  holder.__testLocale = locale;
}

export function getRequestConfig<T>(make: T): T {
  return make;
}
