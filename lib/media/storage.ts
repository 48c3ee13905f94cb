import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { uploadsDir } from "@/db/client";
import { RENDITIONS, renditionPath } from "@/lib/audio/renditions";

/**
 * Where uploaded media lives, behind one interface. Keys are the relative paths
 * recorded in media_files.path ("ab/abcdef.webp"); thumbnails are stored under
 * `thumbnailPath(key, width)`. Today's implementation is a local folder
 * (UPLOADS_DIR), which several app instances on one machine share. An
 * S3-compatible store plugs in here: implement these methods with the bucket
 * (PutObject, HeadObject, GetObject with a Range header, DeleteObjects) and return
 * it from mediaStorage(). Uploads in progress always land in local scratch space
 * first (scratchDir()), are checked there, then handed over with putFile().
 */
export interface MediaStorage {
  /** Stores bytes under `key`; readers see no object or all of it. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Hands a finished local file over to the store (moved when it can be) and returns its size. */
  putFile(key: string, file: string): Promise<number>;
  /** The stored object's size, or null when there is none. */
  size(key: string): Promise<number | null>;
  /** Bytes `start`..`end` (inclusive) of a stored object. */
  read(key: string, start: number, end: number): ReadableStream<Uint8Array>;
  /** The whole object (small files: images for thumbnails). */
  readAll(key: string): Promise<Buffer>;
  /** Deletes an object and its thumbnails and audio renditions; one already gone is fine. */
  remove(key: string): Promise<void>;
}

/** Widths of the small image variants served as ?w=… and kept beside their source. */
export const THUMB_WIDTHS = [48, 96, 192, 320, 640] as const;

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

/** The key a new file called `name` is stored under: spread over folders by its first two characters. */
export function storageKey(name: string): string {
  return path.join(name.slice(0, 2), name);
}

/** Absolute path of a key in the uploads folder (its folder created), refusing anything outside it. */
function localTarget(key: string): string {
  const full = resolveStored(key);
  if (!full) throw new Error(`Invalid storage key: ${key}`);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  return full;
}

/** Moves a local file into place without copying it when both are on one file system. */
function moveLocal(source: string, full: string): void {
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
}

/** Absolute path for a stored relative path, refusing anything outside the uploads directory. */
export function resolveStored(relative: string): string | null {
  const dir = uploadsDir();
  const full = path.resolve(dir, relative);
  return full.startsWith(dir + path.sep) ? full : null;
}

/** The local folder store (UPLOADS_DIR). */
const localFolder: MediaStorage = {
  async put(key, bytes) {
    writeFileAtomic(localTarget(key), bytes);
  },
  async putFile(key, file) {
    const full = localTarget(key);
    moveLocal(file, full);
    return fs.statSync(full).size;
  },
  async size(key) {
    const full = resolveStored(key);
    if (!full) return null;
    try {
      const stat = fs.statSync(full);
      return stat.isFile() ? stat.size : null;
    } catch {
      return null;
    }
  },
  read(key, start, end) {
    const full = resolveStored(key);
    if (!full) throw new Error(`Invalid storage key: ${key}`);
    return Readable.toWeb(fs.createReadStream(full, { start, end })) as ReadableStream<Uint8Array>;
  },
  async readAll(key) {
    const full = resolveStored(key);
    if (!full) throw new Error(`Invalid storage key: ${key}`);
    return fs.promises.readFile(full);
  },
  async remove(key) {
    const full = resolveStored(key);
    if (!full) return;
    for (const file of [full, ...THUMB_WIDTHS.map((w) => thumbnailPath(full, w)), ...RENDITIONS.map((r) => renditionPath(full, r.key))]) fs.rmSync(file, { force: true });
  },
};

/** The media store every reader and writer goes through. */
export function mediaStorage(): MediaStorage {
  return localFolder;
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
