import { parseBuffer } from "music-metadata";
import { getTranslations } from "next-intl/server";
import { probeDurationSeconds } from "./ffmpeg";

export const VIDEO_MAX_BYTES = 30 * 1024 * 1024;
export const VIDEO_MAX_SECONDS = 60;

export type CheckedVideo = { ok: true; mime: "video/mp4" | "video/webm"; durationMs: number } | { ok: false; message: string };

/**
 * Accepts a short video by its content, not its name: an MP4 or WebM
 * container that really holds a video track, at most 60 seconds long.
 * A refusal is said in the request's language (this runs only in upload requests);
 * `name` is how it calls the file, "The file" (videos.theFile) when not given.
 */
export async function checkVideo(bytes: Buffer, name?: string): Promise<CheckedVideo> {
  const t = await getTranslations("errors");
  name ??= t("videos.theFile");
  if (bytes.length === 0) return { ok: false, message: t("videos.fileEmpty", { name }) };
  if (bytes.length > VIDEO_MAX_BYTES) return { ok: false, message: t("videos.fileTooLarge", { name, size: bytes.length / 1048576, limit: VIDEO_MAX_BYTES / 1048576 }) };
  try {
    // A view, not a copy: the upload is in memory once.
    const meta = await parseBuffer(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), undefined, { duration: true, skipCovers: true });
    const container = meta.format.container ?? "";
    const mime = container === "EBML/webm" ? "video/webm" : /^(isom|iso\d|mp4\d|avc1|M4V|qt)/.test(container) ? "video/mp4" : null;
    // Streamed WebM (phones, MediaRecorder) and fragmented MP4 name no duration in their headers: measure it.
    const seconds = meta.format.duration || (mime && meta.format.hasVideo ? ((await probeDurationSeconds(bytes)) ?? 0) : 0);
    if (mime && meta.format.hasVideo && seconds > 0.3) {
      if (seconds > VIDEO_MAX_SECONDS + 0.5) return { ok: false, message: t("videos.tooLong", { name, seconds: Math.round(seconds), max: VIDEO_MAX_SECONDS }) };
      return { ok: true, mime, durationMs: Math.round(seconds * 1000) };
    }
  } catch {
    // fall through: not a video we understand
  }
  return { ok: false, message: t("videos.notAVideo", { name, max: VIDEO_MAX_SECONDS }) };
}
