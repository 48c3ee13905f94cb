import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { clientMessages, type Messages } from "@/lib/i18n/locales";

/**
 * Gives client components the request's language and the messages they use
 * (lib/i18n/request.ts; CLIENT_NAMESPACES: server-only ones stay on the server).
 * Each layout group has one (the root layout has none: a cached page's language is
 * known only below its [locale] segment).
 */
export async function IntlProvider({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(messages as Messages)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
