import type { ChorusDb } from "@/db/client";
import { mediaFiles } from "@/db/schema";
import { newId } from "@/lib/ids";
import { storeFile } from "./storage";

const EXTENSIONS: Record<string, string> = {
  "image/webp": "webp",
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
  "audio/flac": "flac",
  "audio/ogg": "ogg",
  "audio/mp4": "m4a",
  "video/mp4": "mp4",
  "video/webm": "webm",
};

/** Saves bytes to the uploads directory and records them as a media file. */
export function saveMedia(
  database: ChorusDb,
  input: { ownerId: string; kind: "image" | "audio" | "video"; mime: string; bytes: Buffer; width?: number; height?: number; durationMs?: number; visibility?: "public" | "private" },
): string {
  const id = newId();
  const path = storeFile(`${id}.${EXTENSIONS[input.mime] ?? "bin"}`, input.bytes);
  database
    .insert(mediaFiles)
    .values({ id, ownerId: input.ownerId, kind: input.kind, mime: input.mime, bytes: input.bytes.length, path, width: input.width, height: input.height, durationMs: input.durationMs, visibility: input.visibility ?? "public" })
    .run();
  return id;
}
