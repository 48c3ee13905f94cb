import { getTranslations } from "next-intl/server";
import type { ChorusDb } from "@/db/client";
import { readMultipart, type MultipartLimits, type UploadForm } from "@/lib/http/multipart";
import { cleanupOrphanMediaHourly } from "./cleanup";
import { deleteUnreferencedMedia, saveMedia, type NewMedia } from "./store";
import { scratchDir } from "./storage";

export type UploadResult = { ok: true; form: UploadForm } | { ok: false; status: 400 | 413; message: string };

/**
 * Reads an upload form with size limits; its files wait in the uploads directory's
 * scratch space. A refusal is said in the request's language: lib/http names it as a
 * key of the "errors" namespace with its values, translated here; `tooLarge` is the
 * caller's own text (already translated) and passes as given.
 */
export async function readUpload(request: Request, limits: Omit<MultipartLimits, "tempDir">): Promise<UploadResult> {
  const result = await readMultipart(request, { ...limits, tempDir: scratchDir() });
  if (result.ok) return result;
  const { status, message, values } = result;
  if (message === limits.tooLarge) return { ok: false, status, message };
  const t = await getTranslations("errors");
  const key = message as Parameters<typeof t>[0];
  return { ok: false, status, message: t.has(key) ? t(key, values) : message };
}

export type SaveMedia = (input: NewMedia) => Promise<string>;

/**
 * Runs the storing part of an upload request. Media saved through `save` are
 * deleted again (rows and files) unless the request answers with success or
 * when it throws, and the upload's temporary files are removed either way.
 * After a success it also sweeps orphaned media, at most once an hour.
 */
export async function withStoredMedia(database: ChorusDb, run: (save: SaveMedia) => Response | Promise<Response>, upload?: UploadForm): Promise<Response> {
  const saved: string[] = [];
  let response: Response | null = null;
  try {
    response = await run(async (input) => {
      const id = await saveMedia(database, input);
      saved.push(id);
      return id;
    });
    return response;
  } finally {
    upload?.dispose();
    if (!response?.ok) {
      try {
        await deleteUnreferencedMedia(database, saved);
      } catch (error) {
        console.error("could not delete the media of a failed upload", error);
      }
    } else await cleanupOrphanMediaHourly(database);
  }
}
