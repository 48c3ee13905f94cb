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

export async function proxiedImage(params: URLSearchParams): Promise<Response> {
  const url = params.get("u") ?? "";
  const given = Buffer.from(params.get("s") ?? "");
  const expected = Buffer.from(sign(url));
  if (!url || given.length !== expected.length || !timingSafeEqual(given, expected)) return new Response("Not found", { status: 404 });
  const width = WIDTHS.find((w) => w >= Number(params.get("w") ?? 96)) ?? 800;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return new Response("Not found", { status: 404 });
    if (!federationConfig().local) await validatePublicUrl(url);
    const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(5000), headers: { accept: "image/avif,image/webp,image/png,image/jpeg,image/gif" } });
    const type = res.headers.get("content-type") ?? "";
    if (!res.ok || !/^image\/(png|jpe?g|gif|webp|avif)/i.test(type) || Number(res.headers.get("content-length") ?? 0) > MAX_BYTES) return new Response("Not found", { status: 404 });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_BYTES) return new Response("Not found", { status: 404 });
    const webp = await sharp(bytes, { limitInputPixels: 40_000_000 }).rotate().resize({ width, height: width, fit: "cover", withoutEnlargement: true }).webp({ quality: 78 }).toBuffer();
    return new Response(new Uint8Array(webp), { headers: { "content-type": "image/webp", "cache-control": "public, max-age=86400, stale-while-revalidate=604800", "x-content-type-options": "nosniff" } });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
