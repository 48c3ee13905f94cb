import { escapeHtml } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import { embedTranslator } from "./language";
import { decodeOrNull } from "@/lib/url";
import { IMAGE_LIMITS } from "@/lib/media/images";

/**
 * oEmbed 1.0 for Chorus URLs (tracks, releases, playlists, profiles as players and
 * buttons; concerts as "link" previews). Pure: the caller
 * passes a lookup for the object behind a URL.
 */
export type OEmbedTarget =
  | { kind: "track" | "release" | "playlist"; id: string; title: string; authorName: string; authorHandle: string; thumbnailUrl: string | null }
  | { kind: "profile"; handle: string; title: string; thumbnailUrl: string | null }
  | { kind: "concert"; id: string; title: string; authorName: string; authorHandle: string; thumbnailUrl: string | null };

export type ParsedChorusUrl = { kind: "track" | "release" | "concert" | "playlist"; id: string } | { kind: "profile"; handle: string };

export function parseChorusUrl(raw: string | null, origin: string): ParsedChorusUrl | null {
  if (!raw || raw.length > 500) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.host !== new URL(origin).host) return null;
  // A pasted link with broken percent-encoding is simply not a Chorus URL.
  const decoded = decodeOrNull(url.pathname);
  if (decoded === null) return null;
  const path = decoded.replace(/\/+$/, "");
  let m = /^\/(track|release|concert|playlist)\/([0-9A-Za-z]{6,32})$/.exec(path);
  if (m) return { kind: m[1] as "track" | "release" | "concert" | "playlist", id: m[2] };
  m = /^\/@([A-Za-z0-9_]{3,30})$/.exec(path);
  if (m) return { kind: "profile", handle: m[1] };
  return null;
}

const positive = (v: string | null) => {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : null;
};

/** The embed code consumers paste into their pages: every value escaped for a quoted attribute. */
export function iframeHtml({ src, width, height, title }: { src: string; width: number; height: number; title: string }): string {
  return `<iframe src="${escapeHtml(src)}" width="${escapeHtml(width)}" height="${escapeHtml(height)}" style="border:0;border-radius:12px;max-width:100%" allow="autoplay" title="${escapeHtml(title)}"></iframe>`;
}

/**
 * The thumbnail with the size it really has: the stored square image, or the
 * largest of its served variants (?w=192/96/48) that fits `maxwidth`.
 */
function thumbnail(origin: string, url: string, full: number, maxWidth: number | null) {
  const size = !maxWidth || maxWidth >= full ? full : ([192, 96, 48].find((w) => w <= maxWidth) ?? 48);
  return { thumbnail_url: `${origin}${url}${size === full ? "" : `?w=${size}`}`, thumbnail_width: size, thumbnail_height: size };
}

export type OEmbedResult = { status: 200; body: Record<string, string | number> } | { status: 400 | 404 | 501; message: string };

/**
 * The oEmbed answer in `locale` (its titles and messages). A `lang` the request named
 * travels on to the embed's own URL, so the framed player or button speaks it too;
 * without one, the embed follows its visitor's browser.
 */
export async function buildOEmbed(params: URLSearchParams, origin: string, lookup: (target: ParsedChorusUrl) => Promise<OEmbedTarget | null> | OEmbedTarget | null, locale: Locale = "en", lang: Locale | null = null): Promise<OEmbedResult> {
  const t = embedTranslator(locale);
  const format = params.get("format") ?? "json";
  if (format !== "json") return { status: 501, message: t("oembed.jsonOnly") };
  const parsed = parseChorusUrl(params.get("url"), origin);
  if (!parsed) return { status: 404, message: t("oembed.notFound") };
  const target = await lookup(parsed);
  if (!target) return { status: 404, message: t("oembed.notFound") };

  const maxWidth = positive(params.get("maxwidth"));
  if (target.kind === "concert") {
    // A show has nothing to play: a "link" preview with its title and artist.
    const link: Record<string, string | number> = { version: "1.0", type: "link", provider_name: "Chorus", provider_url: origin, title: target.title, author_name: target.authorName, author_url: `${origin}/@${target.authorHandle}`, cache_age: 3600 };
    if (target.thumbnailUrl) Object.assign(link, thumbnail(origin, target.thumbnailUrl, IMAGE_LIMITS.avatar.width, maxWidth));
    return { status: 200, body: link };
  }
  const maxHeight = positive(params.get("maxheight"));
  let src: string;
  let width: number;
  let height: number;
  if (target.kind === "profile") {
    src = `${origin}/embed/follow/${encodeURIComponent(target.handle)}?style=detailed&theme=light&show-count=1`;
    width = Math.min(320, maxWidth ?? 320);
    height = 76;
  } else {
    // Releases and playlists get the large layout when there is room, else the compact 80 px player.
    const large = target.kind !== "track" && (maxHeight ?? 400) >= 400;
    width = Math.max(250, Math.min(600, maxWidth ?? 600));
    height = large ? 400 : 80;
    src = `${origin}/embed/${target.kind}/${encodeURIComponent(target.id)}?layout=${large ? "large" : "compact"}`;
  }
  if (lang) src += `&lang=${lang}`;
  if (maxHeight && height > maxHeight && target.kind !== "release" && target.kind !== "playlist") height = Math.max(60, maxHeight);
  const title = target.title;
  const body: Record<string, string | number> = {
    version: "1.0",
    type: "rich",
    provider_name: "Chorus",
    provider_url: origin,
    title,
    author_name: target.kind === "profile" ? target.title : target.authorName,
    author_url: `${origin}/@${target.kind === "profile" ? target.handle : target.authorHandle}`,
    html: iframeHtml({ src, width, height, title: t("onChorus", { title }) }),
    width,
    height,
    cache_age: 3600,
  };
  if (target.thumbnailUrl) Object.assign(body, thumbnail(origin, target.thumbnailUrl, target.kind === "profile" ? IMAGE_LIMITS.avatar.width : IMAGE_LIMITS.cover.width, maxWidth));
  return { status: 200, body };
}
