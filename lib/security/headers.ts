/**
 * Security headers, as pure functions: proxy.ts sends the page policy with a fresh
 * nonce per request; the /embed/* route handlers send the embed policy with the
 * hashes of their inline scripts. Static headers (nosniff, Referrer-Policy,
 * Permissions-Policy, X-Frame-Options) live in next.config.mjs.
 */

/** Request header carrying this request's nonce from proxy.ts to the root layout. */
export const NONCE_HEADER = "x-nonce";

import { forwardedHttps } from "../../scripts/client-address.mjs";
import { THEME_SCRIPT_HASH } from "./theme-script";

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/** 128 random bits, base64: unguessable, and safe inside a header and an attribute. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const serialize = (directives: Array<[string, string[]]>) => directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");

export type PagePolicyOptions = { nonce: string; dev?: boolean; https?: boolean; publicOrigin?: string };

/**
 * The Content-Security-Policy of every app page. Scripts run only with this
 * request's nonce (Next adds it to its own scripts; 'strict-dynamic' lets them load
 * chunks; scripts/server.mjs adds it to the scripts of a cached page) or, for the
 * theme script in <head>, by hash; no plugin, no <base>, forms post only to Chorus, and no site may frame it.
 * Styles stay 'unsafe-inline': React style attributes cannot carry a nonce.
 */
export function pageCsp({ nonce, dev = false, https = false, publicOrigin }: PagePolicyOptions): string {
  if (!NONCE.test(nonce)) throw new Error("CSP nonce must be at least 16 base64 characters");
  // Only a bare origin may join a source list (no spaces, quotes or semicolons).
  const embedOrigin = publicOrigin && /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(publicOrigin) ? [publicOrigin] : [];
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'self'"]],
    // React rebuilds server error stacks with eval in development only.
    ["script-src", ["'self'", `'nonce-${nonce}'`, `'${THEME_SCRIPT_HASH}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["media-src", ["'self'", "blob:"]],
    ["connect-src", ["'self'"]],
    ["font-src", ["'self'"]],
    // The Share menu and Studio preview frame Chorus's own /embed/* pages, addressed by PUBLIC_URL.
    ["frame-src", ["'self'", ...embedOrigin]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  if (https) directives.push(["upgrade-insecure-requests", []]);
  return serialize(directives);
}

export const HSTS = "max-age=31536000";

/** Is this request served over https (directly, through a TLS-terminating proxy, or by configuration)? */
export function isHttps(input: { protocol?: string | null; forwardedProto?: string | null; publicOrigin?: string | null }): boolean {
  return input.protocol === "https:" || forwardedHttps(input.forwardedProto) || !!input.publicOrigin?.startsWith("https:");
}

/** Response headers for an app page. HSTS only over https (browsers ignore it on http, and it must not pin a dev host). */
export function pageSecurityHeaders(options: PagePolicyOptions): Record<string, string> {
  const headers: Record<string, string> = { "Content-Security-Policy": pageCsp(options) };
  if (options.https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/**
 * The policy of a third-party embed document (/embed/*): framable by any site, runs
 * only the inline scripts whose hashes it names, loads nothing but Chorus media.
 */
export function embedCsp({ scriptHashes, media = false }: { scriptHashes: string[]; media?: boolean }): string {
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'none'"]],
    ["img-src", ["'self'"]],
    ...(media ? ([["media-src", ["'self'"]], ["connect-src", ["'self'"]]] as Array<[string, string[]]>) : []),
    ["style-src", ["'unsafe-inline'"]],
    ["script-src", scriptHashes.length ? scriptHashes : ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
    ["frame-ancestors", ["*"]],
  ];
  return serialize(directives);
}
