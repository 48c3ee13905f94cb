import { useLocale } from "next-intl";
import { relativeTime } from "@/lib/time";

/**
 * "12 seconds ago" as a <time>. In client components the server's text and the
 * browser's differ by the seconds between render and hydration, so the browser
 * keeps the server's text instead of reporting a mismatch.
 */
export function RelativeTime({ at, className }: { at: Date; className?: string }) {
  const locale = useLocale();
  return (
    <time dateTime={at.toISOString()} title={at.toUTCString()} className={className} suppressHydrationWarning>
      {relativeTime(at, new Date(), locale)}
    </time>
  );
}
