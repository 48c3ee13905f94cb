import fs from "node:fs";
import path from "node:path";
import { uploadsDir } from "@/db/client";

/** Writes bytes under the uploads directory and returns the stored relative path. */
export function storeFile(name: string, bytes: Buffer): string {
  const dir = uploadsDir();
  const relative = path.join(name.slice(0, 2), name);
  fs.mkdirSync(path.join(dir, path.dirname(relative)), { recursive: true });
  fs.writeFileSync(path.join(dir, relative), bytes);
  return relative;
}

/** Absolute path for a stored relative path, refusing anything outside the uploads directory. */
export function resolveStored(relative: string): string | null {
  const dir = uploadsDir();
  const full = path.resolve(dir, relative);
  return full.startsWith(dir + path.sep) ? full : null;
}
