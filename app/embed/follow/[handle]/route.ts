import { WIDGET_SCRIPT_HASH, etagOf, parseWidgetParams, renderFollowWidget, renderWidgetError } from "@/lib/embed/follow-widget";
import { getWidgetProfile } from "@/lib/embed/queries";
import { publicOrigin } from "@/lib/site";

export const dynamic = "force-dynamic";

/**
 * The Follow button document that third-party sites frame. It never reads or
 * sets a cookie (no auth() here) and makes no third-party request.
 */
export async function GET(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const url = new URL(request.url);
  const options = parseWidgetParams(url.searchParams);
  const origin = publicOrigin(request);
  const profile = getWidgetProfile(decodeURIComponent(handle));
  const html = profile ? renderFollowWidget(profile, options, origin) : renderWidgetError(options, origin, "Not found on Chorus");
  const etag = etagOf(html);
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": profile ? "public, max-age=30, stale-while-revalidate=120" : "public, max-age=30",
    ETag: etag,
    "Content-Security-Policy": `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src ${WIDGET_SCRIPT_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors *`,
    "Referrer-Policy": "origin",
    "X-Content-Type-Options": "nosniff",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(html, { status: profile ? 200 : 404, headers });
}
