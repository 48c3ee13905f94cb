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
export function holdCachedPage(res, { gzip = false, lang = "en" } = {}) {
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
    return end(res.req?.method === "HEAD" ? undefined : body, callback);
  };
}
