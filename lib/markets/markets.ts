/**
 * Supported markets: where Chorus can sign people up and take follows.
 * Pure logic; the request-bound lookup lives in ./visitor.ts.
 */

/** Default launch markets (ISO 3166-1 alpha-2). */
export const DEFAULT_MARKETS = [
  "AR", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CL", "CO", "CZ", "DE", "DK", "EE", "ES", "FI",
  "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "JP", "KR", "LT", "LU", "LV", "MX", "NL", "NO",
  "NZ", "PL", "PT", "RO", "SE", "SI", "SK", "US", "UY", "ZA",
] as const;

const ISO2 = /^[A-Z]{2}$/;

export function normalizeCountry(value: string | null | undefined): string | null {
  if (!value) return null;
  const code = value.trim().toUpperCase();
  // "XX" and "T1" are what CDNs send for unknown and Tor traffic.
  if (!ISO2.test(code) || code === "XX") return null;
  return code;
}

/** Parses SUPPORTED_MARKETS ("FR,DE,...") or falls back to the default list. */
export function parseMarkets(raw: string | undefined): ReadonlySet<string> {
  if (!raw || !raw.trim()) return new Set(DEFAULT_MARKETS);
  const codes = raw
    .split(/[\s,]+/)
    .map((c) => normalizeCountry(c))
    .filter((c): c is string => c !== null);
  return new Set(codes.length ? codes : DEFAULT_MARKETS);
}

export function supportedMarkets(): ReadonlySet<string> {
  return parseMarkets(process.env.SUPPORTED_MARKETS);
}

/** Unknown country counts as supported: we never lock people out on a guess. */
export function isSupportedMarket(country: string | null, markets = supportedMarkets()): boolean {
  return country === null || markets.has(country);
}

export type CountrySource = "account" | "header" | "geoip" | "unknown";

export interface CountryInputs {
  accountCountry?: string | null;
  headerName?: string | undefined;
  headers: { get(name: string): string | null };
  ip?: string | null;
  geoLookup?: (ip: string) => string | null;
}

/** Account country, else the configured CDN header, else geoip, else unknown. */
export function resolveCountry(input: CountryInputs): { country: string | null; source: CountrySource } {
  const account = normalizeCountry(input.accountCountry);
  if (account) return { country: account, source: "account" };
  if (input.headerName) {
    const fromHeader = normalizeCountry(input.headers.get(input.headerName));
    if (fromHeader) return { country: fromHeader, source: "header" };
  }
  if (input.ip && input.geoLookup) {
    const fromIp = normalizeCountry(input.geoLookup(input.ip));
    if (fromIp) return { country: fromIp, source: "geoip" };
  }
  return { country: null, source: "unknown" };
}
