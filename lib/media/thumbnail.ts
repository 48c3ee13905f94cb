import sharp from "sharp";
import { THUMB_WIDTHS, mediaStorage, thumbnailPath } from "./storage";

export function isThumbWidth(width: number): boolean {
  return (THUMB_WIDTHS as readonly number[]).includes(width);
}

/**
 * The key of a square webp variant of a stored image, made once and kept beside
 * it. Stored atomically: a request that finds the variant always finds all of it,
 * and a write that dies halfway leaves nothing, so the next request makes it again.
 */
export async function thumbnail(key: string, width: number): Promise<string> {
  const storage = mediaStorage();
  const target = thumbnailPath(key, width);
  if ((await storage.size(target)) === null) {
    const bytes = await sharp(await storage.readAll(key)).resize(width, width, { fit: "cover" }).webp({ quality: 78 }).toBuffer();
    await storage.put(target, bytes);
  }
  return target;
}
