import { MoreMessages } from "@/components/i18n/intl-provider";
import { cachedLocale } from "@/lib/i18n/static-locale";

/** The messages only these screens' client components read (lib/i18n/locales.ts SEGMENT_MESSAGES), in the page's language. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  cachedLocale((await params).locale);
  return <MoreMessages segment="app/(cached)/cached/[locale]/track">{children}</MoreMessages>;
}
