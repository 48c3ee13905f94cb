import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { clientMessages, type Messages, type Segment } from "@/lib/i18n/locales";
import { AddMessages } from "./add-messages";

/**
 * Gives client components the request's language and the messages a layout group's
 * client components read (lib/i18n/request.ts; SEGMENT_MESSAGES in lib/i18n/locales.ts).
 * Each layout group has one (the root layout has none: a cached page's language is
 * known only below its [locale] segment).
 */
export async function IntlProvider({ segment, children }: { segment: Segment; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(messages as Messages, segment)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

/** Adds the messages only a folder's client components read (Studio's forms, checkout) to those its layout group sent. */
export async function MoreMessages({ segment, children }: { segment: Segment; children: React.ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return <AddMessages messages={clientMessages(messages, segment)}>{children}</AddMessages>;
}
