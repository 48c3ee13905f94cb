import { WIDGET_SCRIPT_HASH, etagOf, parseWidgetParams, renderFollowWidget, renderWidgetError } from "@/lib/embed/follow-widget";
import { embedLocale, embedTranslator, varyOnLanguage } from "@/lib/embed/language";
import { getWidgetProfile } from "@/lib/embed/queries";
import { embedCsp } from "@/lib/security/headers";
import { publicOrigin } from "@/lib/site";
import { decodeOrNull } from "@/lib/url";

export const dynamic = "force-dynamic";

/**
 * The Follow button document that third-party sites frame. It never reads or
 * sets a cookie (no auth() here) and makes no third-party request. Its language:
 * ?lang= (en, fr, de), else the visitor's Accept-Language, else English.
 */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const url = new URL(request.url);
  const options = parseWidgetParams(url.searchParams);
  const { locale, negotiated } = embedLocale(request);
  const origin = publicOrigin();
  // Malformed percent-encoding is no handle: the widget's own 404, never a 500.
  const decoded = decodeOrNull(handle);
  const profile = decoded === null ? null : (await getWidgetProfile(decoded));
  const html = profile ? renderFollowWidget(profile, options, origin, locale) : renderWidgetError(options, origin, embedTranslator(locale)("notFound"), locale);
  const etag = etagOf(html);
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    // Revalidated every time (a cheap 304 by ETag), so a follower count is never served stale after a change.
    "Cache-Control": profile ? "public, no-cache" : "public, max-age=30",
    ETag: etag,
    "Content-Security-Policy": embedCsp({ scriptHashes: [WIDGET_SCRIPT_HASH] }),
    "Referrer-Policy": "origin",
    "X-Content-Type-Options": "nosniff",
  });
  varyOnLanguage(headers, negotiated);
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(html, { status: profile ? 200 : 404, headers });
}
