import { parsePublicUrl } from "@/scripts/public-url.mjs";

let cached: { key: string; origin: string } | null = null;

/**
 * The public origin of this Chorus install: PUBLIC_URL (validated: a bare http(s)
 * origin), else http://localhost:PORT. Never derived from a request's Host or
 * X-Forwarded-Host, which a client controls and would end up in markup and embeds.
 */
export function siteOrigin(): string {
  const key = `${process.env.PUBLIC_URL ?? ""}\n${process.env.PORT ?? ""}`;
  if (cached?.key !== key) cached = { key, origin: parsePublicUrl(process.env.PUBLIC_URL, process.env.PORT) };
  return cached.origin;
}

/**
 * Kept for route handlers that pass their request: the answer is the same
 * validated origin whatever Host the request came with.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- deliberately ignored: a request's Host is never the origin
export function publicOrigin(request?: Request): string {
  return siteOrigin();
}
