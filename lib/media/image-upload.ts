import fs from "node:fs";
import { getTranslations } from "next-intl/server";
import { IMAGE_LIMITS, processImage, type ImageSlot, type ProcessedImage } from "./images";
import { readUpload } from "./upload";

export type ImageUpload = Extract<ProcessedImage, { ok: true }> | { ok: false; status: number; message: string };

/**
 * Reads the "file" field of an image upload request and processes it for a
 * slot: refuses a body over the limit as soon as it passes it (declared or
 * not), an unreadable form, a missing file, or anything that is not an image
 * by content. The upload itself is deleted once read.
 */
export async function readImageUpload(request: Request, slot: ImageSlot): Promise<ImageUpload> {
  const limit = IMAGE_LIMITS[slot];
  // What the uploader is told, in the request's language.
  const t = await getTranslations("errors");
  const tooLarge = t("media.imageUploadTooLarge", { limit: limit.maxBytes / 1048576 });
  const upload = await readUpload(request, { maxBytes: limit.maxBytes + 64 * 1024, tooLarge });
  if (!upload.ok) return upload;
  try {
    const file = upload.form.file("file");
    if (!file) return { ok: false, status: 400, message: t("media.chooseImage") };
    const result = await processImage(await fs.promises.readFile(file.path), slot);
    return result.ok ? result : { ok: false, status: 400, message: result.message };
  } finally {
    upload.form.dispose();
  }
}
