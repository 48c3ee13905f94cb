// The one public origin of this install, shared by the start scripts, next.config.mjs
// and lib/site.ts. Links, embeds, oEmbed and calendars use it; a request's Host
// header never does (anyone can send any Host).

/**
 * PUBLIC_URL as an origin ("https://chorus.example"), or, when unset,
 * http://localhost:PORT. Throws a clear error for anything that is not a bare
 * http(s) origin: no path, query, fragment or credentials.
 */
export function parsePublicUrl(raw, port) {
  const value = typeof raw === "string" ? raw.trim() : "";
  if (!value) {
    const n = Number(port);
    return `http://localhost:${Number.isInteger(n) && n > 0 && n < 65536 ? n : 3000}`;
  }
  const problem = `PUBLIC_URL must be an absolute http(s) origin such as https://chorus.example, with no path, query or credentials (got "${value.replace(/\/\/[^/]*@/, "//…@")}").`;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(problem);
  }
  if (!/^https?:\/\/[^/]/i.test(value) || (url.protocol !== "http:" && url.protocol !== "https:")) throw new Error(problem);
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") throw new Error(problem);
  // "https://x.example?" and "https://x.example#" parse with empty search/hash: still not a bare origin.
  if (/[?#]/.test(value)) throw new Error(problem);
  return url.origin;
}
