"use client";

import { useLocale, useTranslations } from "next-intl";
import { dateFormat } from "@/lib/intl";
import { useSyncExternalStore } from "react";

const noop = () => () => {};
const FULL: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };

type Say = { yourTime: (time: string) => string; sameAsVenue: (time: string) => string };

function format(iso: string, venueZone: string | undefined, compact: boolean, locale: string, say: Say): string {
  const at = new Date(iso);
  // Same shape as the venue time beside it ("Sat 1 Jun, 20:00"), in the viewer's zone.
  // The zone's name in the viewer's own locale ("PDT" in en-US, where en-GB says "GMT-7").
  const zone = dateFormat(undefined, { timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "";
  const mine = `${dateFormat(locale === "en" ? "en-GB" : locale, FULL).format(at)} ${zone}`.trim();
  if (!venueZone) return mine;
  const same = dateFormat("en", { ...FULL, timeZone: venueZone }).format(at) === dateFormat("en", FULL).format(at);
  if (compact) return same ? "" : say.yourTime(mine);
  return same ? say.sameAsVenue(mine) : mine;
}

/**
 * The instant in the viewer's own time zone, rendered after hydration where the
 * zone is known. Compact: only when it differs from the venue's wall clock.
 */
export function ViewerLocalTime({ iso, venueZone, compact = false }: { iso: string; venueZone?: string; compact?: boolean }) {
  const t = useTranslations("concerts.localTime");
  const locale = useLocale();
  const say: Say = { yourTime: (time) => t("yourTime", { time }), sameAsVenue: (time) => t("sameAsVenue", { time }) };
  const text = useSyncExternalStore(noop, () => format(iso, venueZone, compact, locale, say), () => "");
  if (!text) return null;
  return <span data-testid="viewer-time">{compact ? ` · ${text}` : text}</span>;
}
