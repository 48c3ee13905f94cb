import { and, inArray } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { mediaFiles } from "@/db/schema";
import { newId } from "@/lib/ids";
import { enqueueAudio } from "@/lib/audio/queue";
import { isUnreferenced } from "./references";
import { mediaStorage, storageKey } from "./storage";

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

export type NewMedia = {
  ownerId: string;
  kind: "image" | "audio" | "video";
  mime: string;
  width?: number;
  height?: number;
  durationMs?: number;
  visibility?: "public" | "private";
} & ({ bytes: Buffer; file?: undefined } | { file: string; bytes?: undefined });

/**
 * Stores a media file and records it: `bytes` are written (atomically), a `file`
 * (an upload's temporary file) is moved into place without being copied.
 */
export async function saveMedia(database: ChorusDb, input: NewMedia): Promise<string> {
  const id = newId();
  const name = `${id}.${EXTENSIONS[input.mime] ?? "bin"}`;
  const storage = mediaStorage();
  const key = storageKey(name);
  let size: number;
  if (input.file !== undefined) size = await storage.putFile(key, input.file);
  else {
    await storage.put(key, input.bytes);
    size = input.bytes.length;
  }
  const stored = { path: key, size };
  try {
    await database
      .insert(mediaFiles)
      .values({ id, ownerId: input.ownerId, kind: input.kind, mime: input.mime, bytes: stored.size, path: stored.path, width: input.width, height: input.height, durationMs: input.durationMs, visibility: input.visibility ?? "public" });
    // Every audio upload goes through the pipeline (streaming copies, loudness, waveform).
    if (input.kind === "audio") await enqueueAudio(database, id);
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
  return id;
}

/** Deletes media files (rows, files and thumbnails) among `ids` that nothing references; returns how many. */
export async function deleteUnreferencedMedia(database: ChorusDb, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const gone = await database
    .delete(mediaFiles)
    .where(and(inArray(mediaFiles.id, ids), isUnreferenced()))
    .returning({ path: mediaFiles.path });
  for (const row of gone) await mediaStorage().remove(row.path);
  return gone.length;
}
