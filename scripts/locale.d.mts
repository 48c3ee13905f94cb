export type Locale = "en" | "fr" | "de";
export const LOCALES: readonly Locale[];
export const DEFAULT_LOCALE: Locale;
export const LOCALE_COOKIE: string;
export function isLocale(value: unknown): value is Locale;
export function fromAcceptLanguage(header: string | null | undefined): Locale | null;
export function fromCookie(cookie: string | null | undefined): Locale | null;
export function negotiateLocale(request: { cookie?: string | null; acceptLanguage?: string | null }): Locale;
