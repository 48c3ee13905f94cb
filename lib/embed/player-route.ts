import "server-only";
import { escapeHtml } from "@/lib/html";
import { isId } from "@/lib/ids";
import { embedFullPlays, getReleasePage, getTrackPage, type TrackCard } from "@/lib/music/queries";
import { getPlaylistPage } from "@/lib/playlists/queries";
import { publicOrigin } from "@/lib/site";
import { soundsOfTracks } from "@/lib/audio/queries";
import { etagOf } from "./follow-widget";
import { embedLocale, embedTranslator, varyOnLanguage } from "./language";
import { parsePlayerParams, playerCsp, renderPlayer, type PlayerData, type PlayerTrack } from "./player-widget";

/**
 * Embeds honour the creator's choice: full plays, or the 30-second preview.
 * They use the unsigned media URL (embed pages are cached; signed URLs expire):
 * the server gives an unsigned request the whole file only when the creator allows it.
 */
function embedTrack(t: TrackCard & { embedFullPlays?: boolean }, fullPlays: boolean): PlayerTrack {
  const unsigned = t.audioUrl.split("?")[0];
  return { id: t.id, title: t.title, durationMs: fullPlays ? t.durationMs : Math.min(t.durationMs, 30_000), audioUrl: fullPlays ? unsigned : `${unsigned}?preview=1` };
}

/**
 * Shared GET for /embed/track/[id], /embed/release/[id] and /embed/playlist/[id]. Cookie-free: no auth() here.
 * Its language: ?lang= (en, fr, de), else the visitor's Accept-Language, else English.
 */
export async function servePlayer(request: Request, kind: PlayerData["kind"], id: string): Promise<Response> {
  const origin = publicOrigin();
  const { locale, negotiated } = embedLocale(request);
  const params = parsePlayerParams(new URL(request.url).searchParams, kind);
  let data: PlayerData | null = null;
  if (isId(id) && kind === "track") {
    const t = await getTrackPage(id, null);
    if (t) data = { kind, title: t.title, artistName: t.artist, artistHandle: t.artistHandle, coverUrl: t.coverUrl, pageUrl: `${origin}/track/${t.id}`, tracks: [embedTrack(t, t.embedFullPlays)] };
  } else if (isId(id) && kind === "playlist") {
    // A public playlist's first page of tracks (private ones are not available).
    const p = await getPlaylistPage(id, null);
    if (p && p.tracks.length) {
      const full = await embedFullPlays(p.tracks.map((t) => t.id));
      data = { kind, title: p.title, artistName: p.owner.name, artistHandle: p.owner.handle, coverUrl: p.tracks[0].coverUrl, pageUrl: `${origin}/playlist/${p.id}`, tracks: p.tracks.map((t) => embedTrack(t, full.has(t.id))) };
    }
  } else if (isId(id)) {
    const r = await getReleasePage(id, null);
    if (r && r.tracks.length) {
      const full = new Map(await Promise.all(r.tracks.map(async (t) => [t.id, (await getTrackPage(t.id, null))?.embedFullPlays ?? false] as const)));
      data = { kind, title: r.title, artistName: r.artist.name, artistHandle: r.artist.handle, coverUrl: r.coverUrl, pageUrl: `${origin}/release/${r.id}`, tracks: r.tracks.map((t) => embedTrack(t, full.get(t.id)!)) };
    }
  }
  if (data) {
    // Each track's waveform at the embed's resolution (120 bars: a few hundred bytes a track).
    const sounds = await soundsOfTracks(data.tracks.map((t) => t.id), 120);
    data.tracks = data.tracks.map((t) => ({ ...t, peaks: sounds.get(t.id)?.peaks ?? null }));
  }
  const html = data
    ? renderPlayer(data, params, origin, locale)
    : `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Chorus</title><style>body{font:14px system-ui,sans-serif;color:#5f5f6e;margin:0;padding:28px 12px}</style></head><body><a href="${escapeHtml(origin)}" target="_blank" rel="noopener" style="color:inherit">♪ ${escapeHtml(embedTranslator(locale)("unavailable", { kind }))}</a></body></html>`;
  const etag = etagOf(html);
  const headers = varyOnLanguage(new Headers({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60", ETag: etag, "Content-Security-Policy": playerCsp(), "X-Content-Type-Options": "nosniff", "Referrer-Policy": "origin" }), negotiated);
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(html, { status: data ? 200 : 404, headers });
}
