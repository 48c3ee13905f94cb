import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/security/client-ip";
import { isSupportedMarket, resolveCountry } from "./markets";

function geoLookup(ip: string): string | null {
  try {
    // geoip-lite loads its data files synchronously on first require; keep it lazy.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const geoip = require("geoip-lite") as typeof import("geoip-lite");
    return geoip.lookup(ip)?.country ?? null;
  } catch {
    return null;
  }
}

/** The visitor's country and whether Chorus serves it. */
export async function visitorMarket(accountCountry?: string | null) {
  const h = await headers();
  const { country, source } = resolveCountry({
    accountCountry,
    headerName: process.env.COUNTRY_HEADER || undefined,
    headers: h,
    ip: clientIp(h),
    geoLookup,
  });
  return { country, source, supported: isSupportedMarket(country) };
}
