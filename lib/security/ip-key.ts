import { createHmac } from "node:crypto";
import { derivedKey } from "./tokens";

/**
 * A pseudonymous key for an IP address: HMAC with a secret that changes every
 * UTC day, so stored keys (play counting, rate limits) cannot be turned back
 * into addresses nor linked across days.
 */
export function ipKey(ip: string, purpose: string, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return createHmac("sha256", derivedKey(`ip:${day}`)).update(`${purpose}:${ip}`).digest("base64url").slice(0, 22);
}
