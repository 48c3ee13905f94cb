import { MoreMessages } from "@/components/i18n/intl-provider";

/** The messages only this Studio section's forms use (lib/i18n/locales.ts SEGMENT_MESSAGES). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <MoreMessages segment="app/(main)/studio/pages/[id]/announcements">{children}</MoreMessages>;
}
