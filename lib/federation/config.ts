/**
 * When this install speaks ActivityPub. Federation needs an origin other
 * servers can reach and trust: a public https PUBLIC_URL. The one exception is
 * the local test setup (FEDERATION_LOCAL=1: http and private addresses between
 * servers on this machine). FEDERATION=off turns it off anyway.
 */
export type FederationConfig = {
  enabled: boolean;
  /** Why it is off, for the README's checks and the logs. */
  reason: string;
  origin: string;
  /** The host part of every fediverse handle (@handle@host). */
  host: string;
  /** Local test setup: remote servers may be on http and on private addresses. */
  local: boolean;
  /** From FEDERATION_BLOCKED_DOMAINS (comma-separated); admins add more in Moderation. */
  blockedDomains: string[];
};

const PRIVATE_HOST = /^(localhost|.*\.localhost|.*\.local|.*\.internal|.*\.test|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;

export function isPublicHttpsOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === "https:" && !PRIVATE_HOST.test(url.hostname) && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export function parseDomainList(raw: string | undefined): string[] {
  return [...new Set((raw ?? "").split(/[\s,]+/).map((d) => d.trim().toLowerCase().replace(/^\*?\./, "")).filter((d) => /^[a-z0-9.-]+(:\d+)?$/.test(d)))];
}

export function federationConfigFrom(env: Record<string, string | undefined>, origin: string): FederationConfig {
  // The test mode never applies to a public install: there every remote address is checked.
  const local = env.FEDERATION_LOCAL === "1" && !isPublicHttpsOrigin(origin);
  const host = new URL(origin).host;
  const blockedDomains = parseDomainList(env.FEDERATION_BLOCKED_DOMAINS);
  const base = { origin, host, local, blockedDomains };
  if (env.FEDERATION === "off") return { ...base, enabled: false, reason: "FEDERATION=off" };
  if (isPublicHttpsOrigin(origin)) return { ...base, enabled: true, reason: "" };
  if (local) return { ...base, enabled: true, reason: "" };
  return { ...base, enabled: false, reason: `PUBLIC_URL (${origin}) is not a public https origin` };
}

/** True when `host` is `domain` or one of its subdomains (ports compared when the block names one). */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  if (d.includes(":")) return h === d;
  const bare = h.replace(/:\d+$/, "");
  return bare === d || bare.endsWith(`.${d}`);
}
