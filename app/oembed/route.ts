import { embedLocale, embedTranslator, varyOnLanguage } from "@/lib/embed/language";
import { buildOEmbed, type OEmbedTarget, type ParsedChorusUrl } from "@/lib/embed/oembed";
import type { Locale } from "@/lib/i18n/locales";
import { getReleasePage, getTrackPage } from "@/lib/music/queries";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { getPlaylistPage } from "@/lib/playlists/queries";
import { publicOrigin } from "@/lib/site";
import { getConcertPage } from "@/lib/concerts/queries";
import { formatInZone } from "@/lib/time";

export const dynamic = "force-dynamic";

async function lookup(target: ParsedChorusUrl, locale: Locale): Promise<OEmbedTarget | null> {
  if (target.kind === "profile") {
    const p = await getProfileByHandle(target.handle);
    return p ? { kind: "profile", handle: p.handle, title: p.name, thumbnailUrl: p.avatarUrl } : null;
  }
  if (target.kind === "track") {
    const t = await getTrackPage(target.id, null);
    return t ? { kind: "track", id: t.id, title: t.title, authorName: t.artist, authorHandle: t.artistHandle, thumbnailUrl: t.coverUrl } : null;
  }
  if (target.kind === "concert") {
    const c = await getConcertPage(target.id);
    if (!c) return null;
    const title = embedTranslator(locale)("concertTitle", { artist: c.artist.name, venue: c.venueName, city: c.city, date: formatInZone(c.startsAt, c.timeZone, { year: "numeric" }, locale) });
    return { kind: "concert", id: c.id, title, authorName: c.artist.name, authorHandle: c.artist.handle, thumbnailUrl: c.artist.avatarUrl };
  }
  if (target.kind === "playlist") {
    const p = await getPlaylistPage(target.id, null);
    return p ? { kind: "playlist", id: p.id, title: p.title, authorName: p.owner.name, authorHandle: p.owner.handle, thumbnailUrl: p.tracks[0]?.coverUrl ?? null } : null;
  }
  const r = await getReleasePage(target.id, null);
  return r ? { kind: "release", id: r.id, title: r.title, authorName: r.artist.name, authorHandle: r.artist.handle, thumbnailUrl: r.coverUrl } : null;
}

/** Titles and messages in ?lang= (en, fr, de), else the consumer's Accept-Language, else English. */
export async function GET(request: Request) {
  const { locale, negotiated } = embedLocale(request);
  const result = await buildOEmbed(new URL(request.url).searchParams, publicOrigin(), (target) => lookup(target, locale), locale, negotiated ? null : locale);
  const headers = varyOnLanguage(new Headers({ "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" }), negotiated);
  if (result.status !== 200) {
    headers.set("Content-Type", "text/plain; charset=utf-8");
    return new Response(result.message, { status: result.status, headers });
  }
  return Response.json(result.body, { headers });
}
