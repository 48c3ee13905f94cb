// A cached page is the same HTML for everyone, rendered once without a nonce; its
// Content-Security-Policy (from proxy.ts) still names a fresh nonce per response.
// scripts/server.mjs passes such responses through holdCachedPage(), which puts that
// nonce on the page's <script> elements (all of them were rendered by Chorus: React
// escapes everything a user wrote), compresses it, and says how CDNs may cache it.
import zlib from "node:zlib";
import { CACHED_PAGE_SECONDS } from "./cached-pages.mjs";

/** Every <script> element, and every preload of a script, gets `nonce` (in place of any it was rendered with). */
export function addNonce(html, nonce) {
  const withNonce = (tag, attributes) => `<${tag} nonce="${nonce}"${attributes.replace(/\snonce="[^"]*"/g, "")}>`;
  return html
    .replace(/<script\b([^>]*)>/g, (_, attributes) => withNonce("script", attributes))
    .replace(/<link\b([^>]*\bas="script"[^>]*|[^>]*\brel="modulepreload"[^>]*)>/g, (_, attributes) => withNonce("link", attributes));
}

/** The page's <html lang> (the first one only). */
export function withLang(html, lang) {
  return /^[a-z]{2}$/.test(lang) ? html.replace(/<html lang="[a-z-]*"/, `<html lang="${lang}"`) : html;
}

/**
 * How long a shared cache (a CDN, or the nginx of scripts/cluster.mjs) may answer
 * with its copy: the most a change can lag behind it, on top of Chorus's own second or two.
 */
export const SHARED_CACHE_SECONDS = 10;

/** Browsers revalidate; a shared cache keeps a page SHARED_CACHE_SECONDS, and serves it stale while it refreshes. */
export const CACHED_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-while-revalidate=${CACHED_PAGE_SECONDS}`;

/**
 * Holds an HTML response until it ends, then sends it with the nonce added (and
 * gzipped when the client accepts it). Anything else (an RSC payload, a redirect)
 * passes through untouched.
 */
export function holdCachedPage(res, { gzip = false, lang = "en", keep } = {}) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead;
  const flushHeaders = res.flushHeaders;
  const chunks = [];
  let mode = null;
  // Node itself calls writeHead (through _implicitHeader) when the body goes out: the real one from then on.
  const restore = () => {
    res.writeHead = writeHead;
    res.flushHeaders = flushHeaders;
  };
  const decide = () => {
    if (mode) return mode;
    const type = String(res.getHeader("content-type") ?? "");
    mode = /^text\/html\b/i.test(type) ? "hold" : "pass";
    // The page's data for client navigation (an RSC payload) is in the visitor's language too.
    if (/^text\/x-component\b/i.test(type)) res.setHeader("Vary", [res.getHeader("Vary"), "Accept-Language", "Cookie"].filter(Boolean).join(", "));
    if (mode === "pass") restore();
    return mode;
  };
  const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  // Headers stay open until the body is known: writeHead's arguments are applied, not sent.
  res.writeHead = (status, ...rest) => {
    res.statusCode = status;
    const headers = rest.find((r) => r && typeof r === "object");
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return res;
  };
  // Nothing is sent before the body is complete.
  res.flushHeaders = () => {
    if (decide() === "pass") res.flushHeaders();
  };
  res.write = (chunk, encoding, callback) => {
    if (decide() === "pass") return write(chunk, encoding, callback);
    chunks.push(toBuffer(chunk, encoding));
    if (typeof encoding === "function") encoding();
    else if (typeof callback === "function") callback();
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    if (typeof chunk === "function") [chunk, callback] = [undefined, chunk];
    if (decide() === "pass") return end(chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding));
    let body = Buffer.concat(chunks);
    const nonce = /'nonce-([^']+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
    // latin1 maps each byte to one character and back: the UTF-8 text passes through untouched, and nothing is decoded.
    // The root layout reads nothing from the request, so a cached page says its language here.
    if (body.length) body = Buffer.from(withLang(nonce ? addNonce(body.toString("latin1"), nonce) : body.toString("latin1"), lang), "latin1");
    if (res.statusCode === 200) res.setHeader("Cache-Control", CACHED_PAGE_CACHE_CONTROL);
    // The body differs per response (its nonce): no validator a browser could send back.
    res.removeHeader("ETag");
    if (gzip && body.length > 1024) {
      body = zlib.gzipSync(body, { level: 4 });
      res.setHeader("Content-Encoding", "gzip");
    }
    // The same URL is rendered for the viewer when a session cookie comes with it.
    // …and its language follows the chorus-locale cookie, else Accept-Language.
    res.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
    res.removeHeader("Transfer-Encoding");
    if (res.req?.method !== "HEAD") res.setHeader("Content-Length", body.length);
    restore();
    // What Next said of its copy: a fresh one (HIT, or just rendered) may be answered again for a moment, a stale one only while it renders again.
    keep?.({ status: res.statusCode, headers: res.getHeaders(), body, fresh: String(res.getHeader("x-nextjs-cache") ?? "").toUpperCase() !== "STALE" });
    return end(res.req?.method === "HEAD" ? undefined : body, callback);
  };
}

/**
 * The last answer for each cached page, kept for a moment (holdMs, 1 s by default), so
 * a page under heavy traffic is sent as it was just sent instead of going through
 * Next's router and page cache again for each visitor: the same "microcaching" the
 * nginx configuration in the README does in front of several instances, for one
 * instance on its own. Next's page cache stays the one that knows what a page shows
 * and when it changed; this only repeats its last answer:
 * - `changed()` (called when any cached page is marked stale, lib/cache/public-pages.ts)
 *   makes every kept answer stale at once, so a change shows as soon as it does without
 *   it; `changed({ now: true })` (a takedown, a creator's own edit) forgets them all, so
 *   nobody gets the old page while it renders again. Next applies a change's tags a
 *   little after it is announced (when the action or route answers), so an answer asked
 *   for within settleMs of a change is never kept as fresh;
 * - a stale answer (older than holdMs, from before a change, or one Next itself called
 *   STALE) is never answered as fresh: the next request goes to Next, and only while that
 *   one is out do others get the stale copy, marked STALE (as Next's own
 *   stale-while-revalidate does), never one older than maxStaleMs;
 * - visitors within one moment share the answer's CSP nonce, as they do behind a shared
 *   cache (the page holds no script a user wrote: React escapes it).
 */
export function createPageHold({ holdMs = 1000, settleMs = 1000, maxStaleMs = CACHED_PAGE_SECONDS * 1000, refreshMs = 10_000, maxBytes = 64 * 1024 * 1024, clock = Date.now } = {}) {
  const entries = new Map();
  let generation = 0;
  let changedAt = -Infinity;
  let bytes = 0;
  const sizeOf = (key, entry) => key.length + entry.body.byteLength + 2048;
  const drop = (key) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= sizeOf(key, entry);
    entries.delete(key);
  };
  return {
    /** The answer to send again ({ status, headers, body }), or null: this request goes to Next (and `keep` what it answers). */
    lookup(key) {
      if (holdMs <= 0) return null;
      const entry = entries.get(key);
      if (!entry) return null;
      const now = clock();
      if (now - entry.at > maxStaleMs) {
        drop(key);
        return null;
      }
      if (entry.fresh && entry.generation === generation && now - entry.at < holdMs) return entry;
      // Stale: this request renders it again through Next; others get this copy until it is back.
      if (entry.refreshing && now - entry.refreshing < refreshMs) return { status: entry.status, headers: entry.staleHeaders, body: entry.body };
      entry.refreshing = now;
      return null;
    },
    /**
     * For a request that goes to Next: `keep` (holdCachedPage's) takes what Next answered,
     * unless pages changed while it was out; `done` (when the response is finished)
     * forgets a stale copy this request was refreshing and that nothing replaced (a
     * redirect, an error), so others do not keep getting it.
     */
    keeper(key) {
      if (holdMs <= 0) return { keep: undefined, done: () => undefined };
      const asked = generation;
      const askedAt = clock();
      const refreshing = entries.get(key);
      const keep = ({ status, headers, body, fresh }) => {
        if (asked !== generation) return;
        drop(key);
        if (status !== 200 || headers["set-cookie"]) return;
        // Sent again, it is a hit whatever Next said of it then (a copy it had just rendered); the date is the sending's own.
        const kept = { ...headers, "x-nextjs-cache": "HIT" };
        for (const name of ["date", "connection", "keep-alive"]) delete kept[name];
        const now = clock();
        const entry = { at: now, generation, fresh: fresh && askedAt - changedAt >= settleMs, status, headers: kept, staleHeaders: { ...kept, "x-nextjs-cache": "STALE" }, body, refreshing: 0 };
        entries.set(key, entry);
        bytes += sizeOf(key, entry);
        // Oldest first: whatever is past its use, then whatever is over the memory bound.
        for (const [oldKey, old] of entries) {
          if (bytes <= maxBytes && now - old.at <= maxStaleMs) break;
          drop(oldKey);
        }
      };
      const done = () => {
        if (refreshing && entries.get(key) === refreshing) drop(key);
      };
      return { keep, done };
    },
    /** Something a cached page shows changed: no kept answer is fresh any more (`now`: none is sent at all). */
    changed({ now = false } = {}) {
      generation++;
      changedAt = clock();
      if (now) {
        entries.clear();
        bytes = 0;
      }
    },
    get size() {
      return entries.size;
    },
  };
}
