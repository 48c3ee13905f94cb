import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { validatePublicUrl } from "@fedify/vocab-runtime";
import sharp from "sharp";
import { derivedKey } from "@/lib/security/tokens";
import { federationConfig } from "./settings";

/**
 * Pictures from other servers are shown through this server: visitors' browsers
 * never contact the remote server (their address stays private), the page's
 * Content-Security-Policy keeps images first-party, and every picture is
 * re-encoded (no SVG, no oversized files). Only URLs this server signed are
 * fetched, so the route is not an open proxy.
 */
const sign = (url: string) => createHmac("sha256", derivedKey("remote-media")).update(url).digest("base64url").slice(0, 32);

export function remoteMediaUrl(url: string | null | undefined, width = 96): string | null {
  if (!url) return null;
  return `/api/federation/media?u=${encodeURIComponent(url)}&w=${width}&s=${sign(url)}`;
}

const MAX_BYTES = 8 * 1024 * 1024;
const WIDTHS = [48, 96, 200, 400, 800];
/** Recently served pictures (a feed shows the same avatars again and again): kept in memory, oldest dropped first. */
const recent = new Map<string, Uint8Array>();
const RECENT_MAX = 300;

/** The body, or null once it is larger than `max` bytes (no content-length is trusted). */
async function readCapped(res: Response, max: number): Promise<Buffer | null> {
  if (!res.body) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const served = (webp: Uint8Array) => new Response(new Uint8Array(webp), { headers: { "content-type": "image/webp", "cache-control": "public, max-age=86400, stale-while-revalidate=604800", "x-content-type-options": "nosniff" } });

export async function proxiedImage(params: URLSearchParams): Promise<Response> {
  const url = params.get("u") ?? "";
  const given = Buffer.from(params.get("s") ?? "");
  const expected = Buffer.from(sign(url));
  if (!url || given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response("Not found", { status: 404 });
  const width = WIDTHS.find((w) => w >= Number(params.get("w") ?? 96)) ?? 800;
  const key = `${width} ${url}`;
  const hit = recent.get(key);
  if (hit) return served(hit);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return new Response("Not found", { status: 404 });
    if (!federationConfig().local) await validatePublicUrl(url);
    const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(5000), headers: { accept: "image/avif,image/webp,image/png,image/jpeg,image/gif" } });
    const type = res.headers.get("content-type") ?? "";
    if (!res.ok || !/^image\/(png|jpe?g|gif|webp|avif)/i.test(type) || Number(res.headers.get("content-length") ?? 0) > MAX_BYTES) return new Response("Not found", { status: 404 });
    const bytes = await readCapped(res, MAX_BYTES);
    if (!bytes) return new Response("Not found", { status: 404 });
    const webp = new Uint8Array(await sharp(bytes, { limitInputPixels: 16_000_000 }).rotate().resize({ width, height: width, fit: "cover", withoutEnlargement: true }).webp({ quality: 78 }).toBuffer());
    recent.set(key, webp);
    if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
    return served(webp);
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
