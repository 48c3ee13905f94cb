import { MoreMessages } from "@/components/i18n/intl-provider";

/** The messages only these screens' client components use (lib/i18n/locales.ts SEGMENT_MESSAGES). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <MoreMessages segment="app/(main)/cart">{children}</MoreMessages>;
}
