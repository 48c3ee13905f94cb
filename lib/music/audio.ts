import fs from "node:fs";
import { parseBuffer, parseFile, type IAudioMetadata } from "music-metadata";
import { getTranslations } from "next-intl/server";

/** A 10-minute 24-bit 48 kHz stereo WAV is 173 MB; the pipeline makes the streaming copies. */
export const AUDIO_MAX_BYTES = 200 * 1024 * 1024;

const CONTAINERS: Record<string, string> = {
  MPEG: "audio/mpeg",
  WAVE: "audio/wav",
  FLAC: "audio/flac",
  Ogg: "audio/ogg",
  "MPEG-4": "audio/mp4",
  M4A: "audio/mp4",
  "M4A/isom": "audio/mp4",
  "M4A/mp42": "audio/mp4",
  "isom/iso2/mp41": "audio/mp4",
};

export type CheckedAudio = { ok: true; mime: string; durationMs: number } | { ok: false; message: string };

/** What an uploader is told, in the request's language (these checks run only in upload requests). */
const errors = () => getTranslations("errors");

async function tooLarge(name: string, bytes: number): Promise<CheckedAudio> {
  return { ok: false, message: (await errors())("music.fileTooLarge", { name, size: bytes / 1048576, limit: AUDIO_MAX_BYTES / 1048576 }) };
}

async function decide(meta: IAudioMetadata | null, name: string): Promise<CheckedAudio> {
  if (meta) {
    const container = meta.format.container ?? "";
    const mime = CONTAINERS[container] ?? (container.startsWith("M4A") || container.startsWith("isom") ? "audio/mp4" : null);
    const seconds = meta.format.duration;
    if (mime && seconds && seconds > 0.5 && meta.format.numberOfChannels) {
      if (seconds > 60 * 60) return { ok: false, message: (await errors())("music.fileTooLong", { name }) };
      return { ok: true, mime, durationMs: Math.round(seconds * 1000) };
    }
  }
  return { ok: false, message: (await errors())("music.notAudio", { name }) };
}

/**
 * Reads the file itself (not its name) to decide whether it is playable audio and how long it is.
 * `name` is how the messages call the file: its name, or the caller's "A file" (music.aFile) when it has none.
 */
export async function checkAudio(bytes: Buffer, name: string): Promise<CheckedAudio> {
  if (bytes.length === 0) return { ok: false, message: (await errors())("music.fileEmpty", { name }) };
  if (bytes.length > AUDIO_MAX_BYTES) return await tooLarge(name, bytes.length);
  // A view, not a copy: the upload is in memory once.
  const meta = await parseBuffer(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), undefined, { duration: true, skipCovers: true }).catch(() => null);
  return await decide(meta, name);
}

/** checkAudio for an upload on disk: reads only what it needs, so a large WAV is never all in memory. */
export async function checkAudioFile(file: string, name: string): Promise<CheckedAudio> {
  const size = fs.statSync(file).size;
  if (size === 0) return { ok: false, message: (await errors())("music.fileEmpty", { name }) };
  if (size > AUDIO_MAX_BYTES) return await tooLarge(name, size);
  return await decide(await parseFile(file, { duration: true, skipCovers: true }).catch(() => null), name);
}
