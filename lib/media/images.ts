import { getTranslations } from "next-intl/server";
import sharp from "sharp";

export const IMAGE_LIMITS = {
  avatar: { maxBytes: 5 * 1024 * 1024, width: 400, height: 400 },
  banner: { maxBytes: 8 * 1024 * 1024, width: 1500, height: 500 },
  cover: { maxBytes: 8 * 1024 * 1024, width: 800, height: 800 },
  product: { maxBytes: 8 * 1024 * 1024, width: 1000, height: 1000 },
  poster: { maxBytes: 8 * 1024 * 1024, width: 360, height: 640 },
} as const;
export type ImageSlot = keyof typeof IMAGE_LIMITS;

const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "heif"]);

export type ProcessedImage = { ok: true; bytes: Buffer; width: number; height: number } | { ok: false; message: string };

/** The largest picture we decode (a 100-megapixel photo); bigger ones get a message saying so. */
export const MAX_PIXELS = 100_000_000;

/**
 * Validates an upload by its content (never its name or declared type) and
 * turns it into a cropped webp of the slot's size.
 */
export async function processImage(input: Buffer, slot: ImageSlot): Promise<ProcessedImage> {
  const limit = IMAGE_LIMITS[slot];
  // What the uploader is told, in the request's language (images are processed only in upload requests).
  const t = await getTranslations("errors");
  if (input.length === 0) return { ok: false, message: t("media.fileEmpty") };
  if (input.length > limit.maxBytes) return { ok: false, message: t("media.imageTooLarge", { size: input.length / 1048576, limit: limit.maxBytes / 1048576 }) };
  let format: string | undefined;
  let pixels = 0;
  let size = "";
  try {
    // Reading the header decodes nothing, so a huge picture is measured, not refused as "not an image".
    const meta = await sharp(input, { limitInputPixels: false }).metadata();
    format = meta.format;
    if (!meta.width || !meta.height) format = undefined;
    pixels = (meta.width ?? 0) * (meta.height ?? 0);
    size = `${meta.width} × ${meta.height}`;
  } catch {
    format = undefined;
  }
  if (!format || !ACCEPTED.has(format)) return { ok: false, message: t("media.notAnImage") };
  if (pixels > MAX_PIXELS) return { ok: false, message: t("media.tooManyPixels", { size, limit: MAX_PIXELS / 1_000_000 }) };
  try {
    // Anything up to the pixel limit is accepted and scaled down to the slot's size.
    const bytes = await sharp(input, { limitInputPixels: MAX_PIXELS }).rotate().resize(limit.width, limit.height, { fit: "cover", position: "attention" }).webp({ quality: 80 }).toBuffer();
    return { ok: true, bytes, width: limit.width, height: limit.height };
  } catch {
    return { ok: false, message: t("media.unreadableImage") };
  }
}
