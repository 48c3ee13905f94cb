import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedKey } from "@/lib/security/tokens";

const HOUR = 3_600_000;
/** How long a signed URL plays the whole file: a long listening session. */
export const SIGNED_MEDIA_TTL_MS = 6 * HOUR;

function signature(id: string, exp: number): Buffer {
  return createHmac("sha256", derivedKey("media-url")).update(`${id}.${exp}`).digest().subarray(0, 16);
}

/**
 * A URL of a media file signed for Chorus's own player: the whole audio of a
 * track whose creator allows other sites only the 30-second preview. Valid for
 * six to seven hours; the expiry is rounded up to the hour so a page rendered
 * twice within an hour gives the same, cacheable URL.
 */
export function signedMediaUrl(id: string, now = Date.now()): string {
  const exp = Math.ceil((now + SIGNED_MEDIA_TTL_MS) / HOUR) * (HOUR / 1000);
  return `/api/media/${id}?exp=${exp}&sig=${signature(id, exp).toString("base64url")}`;
}

/** Whether ?exp&sig were signed by this server for this file and have not expired. */
export function hasValidMediaSignature(id: string, search: URLSearchParams, now = Date.now()): boolean {
  const exp = Number(search.get("exp"));
  const sig = search.get("sig");
  if (!Number.isSafeInteger(exp) || exp * 1000 < now || !sig) return false;
  const given = Buffer.from(sig, "base64url");
  const expected = signature(id, exp);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
