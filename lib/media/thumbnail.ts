import fs from "node:fs";
import sharp from "sharp";
import { THUMB_WIDTHS, thumbnailPath, writeFileAtomic } from "./storage";

export function isThumbWidth(width: number): boolean {
  return (THUMB_WIDTHS as readonly number[]).includes(width);
}

/**
 * A square webp variant of a stored image, made once and kept beside it. Written
 * atomically: a request that finds the file always finds all of it, and a write
 * that dies halfway leaves nothing, so the next request makes it again.
 */
export async function thumbnail(source: string, width: number): Promise<string> {
  const target = thumbnailPath(source, width);
  if (!fs.existsSync(target)) {
    const bytes = await sharp(source).resize(width, width, { fit: "cover" }).webp({ quality: 78 }).toBuffer();
    writeFileAtomic(target, bytes);
  }
  return target;
}
