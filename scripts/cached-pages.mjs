// Which requests are answered from the page cache: a signed-out GET of a public
// page (home, profile, track, release, concert) with no query. Shared by proxy.ts (which
// rewrites them to the cached routes under app/(cached)) and scripts/server.mjs
// (which puts this response's CSP nonce on the cached page's scripts). A signed-in
// request (a session cookie, even an expired one) is always rendered for its viewer.

import { negotiateLocale } from "./locale.mjs";

/** Auth.js session cookies (plain on http, __Secure- on https; large ones are chunked as name.0, name.1). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

const ROUTES = [
  [/^\/$/, () => "home/all"],
  [/^\/@([^/]+)$/, (m) => `u/${m[1]}`],
  [/^\/u\/([^/]+)$/, (m) => `u/${m[1]}`],
  [/^\/(track|release|concert)\/([0-9A-Za-z]+)$/, (m) => `${m[1]}/${m[2]}`],
];

/** How long a cached page is served before it is rendered again even if nothing said it changed (seconds). */
export const CACHED_PAGE_SECONDS = 60;

/**
 * The cached route for this request, or null when it must be rendered for the viewer.
 * Each page is cached once per language (scripts/locale.mjs: the cookie, else Accept-Language).
 */
export function cachedRoute({ method, pathname, search = "", cookie = "", acceptLanguage = "" }) {
  // PAGE_CACHE=off: every page rendered per request (a second server sharing this build, as in the federation tests).
  if (process.env.PAGE_CACHE === "off") return null;
  if (method !== "GET" && method !== "HEAD") return null;
  if (SESSION_COOKIE.test(cookie ?? "")) return null;
  // Next's own router parameter (_rsc) is the only query a cached page accepts.
  const params = new URLSearchParams(search);
  params.delete("_rsc");
  if ([...params.keys()].length) return null;
  for (const [pattern, target] of ROUTES) {
    const m = pattern.exec(pathname);
    if (m) return `/cached/${negotiateLocale({ cookie, acceptLanguage })}/${target(m)}`;
  }
  return null;
}
