import { IMAGE_LIMITS, processImage, type ImageSlot, type ProcessedImage } from "./images";

export type ImageUpload = Extract<ProcessedImage, { ok: true }> | { ok: false; status: number; message: string };

/**
 * Reads the "file" field of an image upload request and processes it for a
 * slot: refuses an oversized body before reading it, an unreadable form, a
 * missing file, or anything that is not an image by content.
 */
export async function readImageUpload(request: Request, slot: ImageSlot): Promise<ImageUpload> {
  const limit = IMAGE_LIMITS[slot];
  if (Number(request.headers.get("content-length") ?? 0) > limit.maxBytes + 64 * 1024) return { ok: false, status: 413, message: `The image is too large. The limit is ${limit.maxBytes / 1048576} MB.` };
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return { ok: false, status: 400, message: "The upload could not be read. Please try again." };
  }
  if (!(file instanceof File)) return { ok: false, status: 400, message: "Choose an image to upload." };
  const result = await processImage(Buffer.from(await file.arrayBuffer()), slot);
  return result.ok ? result : { ok: false, status: 400, message: result.message };
}
