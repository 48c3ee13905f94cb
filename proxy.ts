import { NextResponse, type NextRequest } from "next/server";
import { NONCE_HEADER, isHttps, newNonce, pageSecurityHeaders } from "@/lib/security/headers";
import { siteOrigin } from "@/lib/site";
import { decodeOrNull } from "@/lib/url";
import { cachedRoute } from "./scripts/cached-pages.mjs";
import { negotiateLocale } from "./scripts/locale.mjs";

/** Read by next-intl (lib/i18n/request.ts) as the request's language, unless the signed-in account chose one. */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/** A path no route can have (private "_" folder): rendering it is the app's 404 page. */
const NOT_FOUND_PATH = "/_not-a-route";

/**
 * Every app page gets a Content-Security-Policy with a fresh nonce. Next reads the
 * nonce from the request's CSP header and puts it on its own scripts; the root layout
 * reads x-nonce for ours. A client-sent x-nonce is always overwritten here.
 */
function withoutNonce(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete(NONCE_HEADER);
  copy.delete("Content-Security-Policy");
  return copy;
}

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const publicOrigin = siteOrigin();
  const https = isHttps({ protocol: request.nextUrl.protocol, forwardedProto: request.headers.get("x-forwarded-proto"), publicOrigin });
  const security = pageSecurityHeaders({ nonce, dev: process.env.NODE_ENV === "development", https, publicOrigin });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  const cookie = request.headers.get("cookie");
  const acceptLanguage = request.headers.get("accept-language");
  requestHeaders.set(LOCALE_HEADER, negotiateLocale({ cookie, acceptLanguage }));
  requestHeaders.set("Content-Security-Policy", security["Content-Security-Policy"]);
  // Malformed percent-encoding ("/@%E0%A4%A", "/track/%ZZ") names no page: a 404, where
  // Next's router would otherwise fail to decode the params and answer 400.
  // A signed-out visit to a public page is answered from the page cache (app/(cached)).
  const cached = cachedRoute({ method: request.method, pathname: request.nextUrl.pathname, search: request.nextUrl.search, cookie, acceptLanguage });
  const response =
    decodeOrNull(request.nextUrl.pathname) === null
      ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { request: { headers: requestHeaders } })
      : cached
        ? // Rendered once for everyone: no nonce goes into the cached HTML (scripts/server.mjs adds each response's).
          NextResponse.rewrite(new URL(`${cached}${request.nextUrl.search}`, request.url), { request: { headers: withoutNonce(requestHeaders) } })
        : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only. API routes answer JSON or media (and must not have upload bodies
  // buffered by a proxy), /embed/* and /oembed set their own headers.
  matcher: ["/((?!api/|ap/|\\.well-known/|embed/|oembed|_next/static/|_next/image|favicon\\.ico|widgets\\.js).*)"],
};
