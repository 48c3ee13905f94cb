import { normalizeAddress } from "@/scripts/client-address.mjs";

type HeaderBag = { get(name: string): string | null };

/**
 * The client's IP address, as decided by scripts/server.mjs from the TCP peer
 * and TRUST_PROXY. Under any other server (next dev) the address is unknown:
 * X-Forwarded-For alone is whatever the client wrote, so it is never trusted.
 */
export function clientIp(headers: HeaderBag): string | null {
  const header = process.env.CHORUS_CLIENT_IP_HEADER;
  if (!header) return null;
  return normalizeAddress(headers.get(header));
}
