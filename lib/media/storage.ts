import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { uploadsDir } from "@/db/client";

/** Widths of the small image variants served as ?w=… and kept beside their source. */
export const THUMB_WIDTHS = [48, 96, 192] as const;

export function thumbnailPath(source: string, width: number): string {
  return `${source}.w${width}.webp`;
}

/**
 * Scratch space for uploads in progress and files being written. It lives inside
 * the uploads directory, so renaming a file from here into place never crosses a
 * file system and is atomic: readers see no file or the whole file.
 */
export function scratchDir(): string {
  const dir = path.join(uploadsDir(), ".tmp");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function scratchPath(hint: string): string {
  return path.join(scratchDir(), `${randomBytes(9).toString("base64url")}-${path.basename(hint)}.part`);
}

/** Writes a file atomically: a scratch file renamed into place, removed again if anything fails. */
export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const temp = scratchPath(target);
  try {
    fs.writeFileSync(temp, bytes, { flag: "wx" });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function storedTarget(name: string): { relative: string; full: string } {
  const relative = path.join(name.slice(0, 2), name);
  const full = path.join(uploadsDir(), relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  return { relative, full };
}

/** Writes bytes under the uploads directory (atomically) and returns the stored relative path. */
export function storeFile(name: string, bytes: Uint8Array): string {
  const { relative, full } = storedTarget(name);
  writeFileAtomic(full, bytes);
  return relative;
}

/** Moves a finished file (an upload's temporary file) into the uploads directory without copying it. */
export function moveIntoStore(name: string, source: string): { path: string; size: number } {
  const { relative, full } = storedTarget(name);
  try {
    fs.renameSync(source, full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    // Another file system (a caller's own temp file): copy to scratch, then rename into place.
    const temp = scratchPath(full);
    try {
      fs.copyFileSync(source, temp);
      fs.renameSync(temp, full);
    } catch (copyError) {
      fs.rmSync(temp, { force: true });
      throw copyError;
    }
    fs.rmSync(source, { force: true });
  }
  return { path: relative, size: fs.statSync(full).size };
}

/** Absolute path for a stored relative path, refusing anything outside the uploads directory. */
export function resolveStored(relative: string): string | null {
  const dir = uploadsDir();
  const full = path.resolve(dir, relative);
  return full.startsWith(dir + path.sep) ? full : null;
}

/** Deletes a stored file and its thumbnails; a file already gone is fine. */
export function removeStored(relative: string): void {
  const full = resolveStored(relative);
  if (!full) return;
  for (const file of [full, ...THUMB_WIDTHS.map((w) => thumbnailPath(full, w))]) fs.rmSync(file, { force: true });
}

/** Removes scratch files older than `olderThanMs`: left behind by a process that stopped mid-write. */
export function sweepScratch(olderThanMs: number, now = Date.now()): number {
  const dir = path.join(uploadsDir(), ".tmp");
  let removed = 0;
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry);
    try {
      if (now - fs.statSync(file).mtimeMs > olderThanMs) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // gone meanwhile
    }
  }
  return removed;
}
