import { getViewer } from "@/lib/auth/viewer";
import { getMediaFile, readyRenditions } from "@/lib/media/queries";
import { renditionFor, renditionPath, type AudioFormat, type AudioQuality } from "@/lib/audio/renditions";
import { mayPreviewMusic, trackAccessByAudio } from "@/lib/music/access";
import { parseRange } from "@/lib/media/range";
import { hasValidMediaSignature } from "@/lib/media/signed-url";
import { mediaStorage } from "@/lib/media/storage";
import { isThumbWidth, thumbnail } from "@/lib/media/thumbnail";

export const dynamic = "force-dynamic";

async function serve(request: Request, { params }: { params: Promise<{ id: string }> }, headOnly: boolean) {
  const { id } = await params;
  const file = await getMediaFile(id);
  const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  if (!file) return notFound();
  // Unpublished or scheduled tracks exist only for the page's team, private files for their uploader:
  // everyone else gets the same 404 as for a missing file.
  const track = file.kind === "audio" ? (await trackAccessByAudio(file.id)) : null;
  const search = new URL(request.url).searchParams;
  // The uploaded original of a track is for its team to download; listeners get the streaming copies.
  const original = file.kind === "audio" && search.get("original") === "1";
  if (file.visibility === "private" || (track && !track.isPublic) || (original && track)) {
    const userId = (await getViewer())?.userId;
    const allowed = !!userId && (track ? await mayPreviewMusic(userId, track) : userId === file.ownerId);
    if (!allowed) return notFound();
  }
  const storage = mediaStorage();
  const stored = file.path;
  if ((await storage.size(stored)) === null) return notFound();
  let key = stored;
  let mime = file.mime;
  if (file.kind === "image") {
    // Small image variants (?w=48|96|192) for avatars in lists and embeds, made once and kept on disk.
    const width = Number(search.get("w"));
    if (isThumbWidth(width)) key = await thumbnail(stored, width);
  } else if (file.kind === "audio" && !original) {
    // A streaming copy once the pipeline made it: the format and quality the player asked for
    // (?fmt=opus|aac&q=high|low), else AAC, which every browser plays. The original meanwhile.
    const made = await readyRenditions(file.id);
    const format: AudioFormat = search.get("fmt") === "opus" ? "opus" : "aac";
    const quality: AudioQuality = search.get("q") === "low" ? "low" : "high";
    const rendition = renditionFor(format, quality);
    if (made.includes(rendition.key)) {
      key = renditionPath(stored, rendition.key);
      mime = rendition.mime;
    }
  }
  // Which variant this is (a thumbnail width, a rendition): one ETag per distinct body.
  const variant = key === stored ? "0" : key.slice(stored.length + 1).replace(/\W/g, "");
  const fullSize = (await storage.size(key)) ?? 0;
  // The first 30 seconds only: when asked (?preview=1), and for a track whose creator allows
  // other sites previews only, unless the URL was signed for Chorus's own player (?exp&sig).
  // Audio bytes are close to proportional to time, so the file is cut at 30/duration of its length.
  const previewOnly = track && !original && (search.get("preview") === "1" || (!track.embedFullPlays && !hasValidMediaSignature(file.id, search)));
  const preview = previewOnly && track.durationMs > 30_000;
  const size = preview ? Math.floor((fullSize * 30_000) / track.durationMs) : fullSize;
  const etag = `"${file.id}-${size}-${variant}"`;
  // The original is for the team: never kept by a shared cache.
  const isPublicFile = file.visibility === "public" && (!track || track.isPublic) && !original;
  const headers = new Headers({
    "Content-Type": mime,
    "Accept-Ranges": "bytes",
    ETag: etag,
    // Scheduled tracks become public later, so public audio is cached for an hour, not forever.
    "Cache-Control": !isPublicFile ? "private, no-store" : track ? "public, max-age=3600" : "public, max-age=31536000, immutable",
    "Cross-Origin-Resource-Policy": "cross-origin",
  });
  if (original) headers.set("Content-Disposition", `attachment; filename="original.${stored.split(".").pop()}"`);
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const range = parseRange(request.headers.get("range"), size);
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range.kind === "partial") {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    headers.set("Content-Length", String(range.end - range.start + 1));
    return new Response(headOnly ? null : storage.read(key, range.start, range.end), { status: 206, headers });
  }
  headers.set("Content-Length", String(size));
  return new Response(headOnly ? null : storage.read(key, 0, size - 1), { status: 200, headers });
}

export function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return serve(request, context, false);
}

export function HEAD(request: Request, context: { params: Promise<{ id: string }> }) {
  return serve(request, context, true);
}
