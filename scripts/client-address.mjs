// Who is really asking, and over what: shared by the custom server (scripts/server.mjs), lib/security/headers.ts and their unit tests.

/** Parses TRUST_PROXY: how many reverse proxies in front of Chorus append to X-Forwarded-For. */
export function trustedHops(raw) {
  if (raw === undefined || raw === null || String(raw).trim() === "") return 0;
  const value = String(raw).trim().toLowerCase();
  if (value === "true") return 1;
  if (value === "false") return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUST_PROXY must be a number of proxy hops from 0 to 10 (got "${raw}").`);
  return n;
}

/**
 * The client's address. Each trusted proxy appends the address it received the
 * request from, so with N trusted hops the client is the N-th address from the
 * right of [...X-Forwarded-For, peer]. Anything further left was written by the
 * client and is ignored. With no trusted hops the TCP peer is the client.
 */
export function clientAddress({ forwardedFor, peer, hops }) {
  const chain = String(forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  chain.push(peer ?? "");
  const index = Math.max(0, chain.length - 1 - hops);
  return normalizeAddress(chain[index]) ?? normalizeAddress(peer);
}

/** "::ffff:1.2.3.4" -> "1.2.3.4"; rejects anything that is not an address. */
export function normalizeAddress(value) {
  if (!value) return null;
  const trimmed = String(value).trim().replace(/^\[|\]$/g, "");
  const v4 = trimmed.replace(/^::ffff:/i, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) return v4;
  if (/^[0-9a-f:]+$/i.test(trimmed) && trimmed.includes(":")) return trimmed.toLowerCase();
  return null;
}

/** Whether X-Forwarded-Proto (its first value: the proxy nearest the client) says https. */
export function forwardedHttps(value) {
  return String(value ?? "").split(",")[0].trim().toLowerCase() === "https";
}
