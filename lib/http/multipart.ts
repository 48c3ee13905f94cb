import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BodyRefused, boundedChunks, UNREADABLE_BODY, type MessageValues } from "./bounded-body";

/** A file part written to a temporary file. */
export type UploadedFile = { field: string; name: string; type: string; path: string; size: number };

export type PartHead = { field: string; filename: string | null; type: string };
export type MultipartEvent = { kind: "part"; head: PartHead } | { kind: "data"; bytes: Buffer } | { kind: "end" };

const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");
const MAX_HEADER_BYTES = 8 * 1024;

const malformed = () => new BodyRefused(400, UNREADABLE_BODY);

/** The boundary of a multipart/form-data Content-Type (RFC 2046 §5.1.1), or null. */
export function multipartBoundary(contentType: string | null): string | null {
  if (!contentType || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const m = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
}

/** Parameters of a Content-Disposition value; browsers send `"` in names as %22 (HTML's multipart encoding). */
function dispositionParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const m of value.matchAll(/;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g)) {
    const raw = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3];
    params.set(m[1].toLowerCase(), raw.replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n"));
  }
  return params;
}

function parseHead(block: string): PartHead {
  let disposition: string | null = null;
  let type: string | null = null;
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw malformed();
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === "content-disposition") disposition = value;
    else if (name === "content-type") type = value;
  }
  if (!disposition || !/^form-data\s*(;|$)/i.test(disposition)) throw malformed();
  const params = dispositionParams(disposition);
  const field = params.get("name");
  if (field === undefined) throw malformed();
  const filename = params.get("filename") ?? null;
  return { field, filename, type: type ?? (filename === null ? "text/plain" : "application/octet-stream") };
}

/**
 * A streaming multipart/form-data parser (RFC 7578): feed it chunks, it yields
 * each part's head, its body in pieces and its end. It holds back only what
 * could be the start of a boundary, never a whole part.
 */
export class MultipartParser {
  // A leading CRLF lets the first boundary match like every later delimiter.
  private pending: Buffer = CRLF;
  private state: "preamble" | "boundary" | "headers" | "body" | "done" = "preamble";
  private readonly delimiter: Buffer;

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** True once the closing delimiter was seen: anything less is a truncated body. */
  get complete(): boolean {
    return this.state === "done";
  }

  *push(chunk: Buffer): Generator<MultipartEvent, void, undefined> {
    if (this.state === "done") return;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (this.state === "preamble" || this.state === "body") {
        const at = this.pending.indexOf(this.delimiter);
        const keep = at >= 0 ? at : Math.max(0, this.pending.length - (this.delimiter.length - 1));
        if (this.state === "body" && keep > 0) yield { kind: "data", bytes: this.pending.subarray(0, keep) };
        if (at < 0) {
          this.pending = this.pending.subarray(keep);
          return;
        }
        if (this.state === "body") yield { kind: "end" };
        this.pending = this.pending.subarray(at + this.delimiter.length);
        this.state = "boundary";
      } else if (this.state === "boundary") {
        // "--" closes the body (the epilogue is ignored); else optional padding, then CRLF and a part.
        if (this.pending.length < 2) return;
        if (this.pending[0] === 0x2d && this.pending[1] === 0x2d) {
          this.state = "done";
          this.pending = Buffer.alloc(0);
          return;
        }
        const eol = this.pending.indexOf(CRLF);
        if (eol < 0) {
          if (this.pending.length > 256) throw malformed();
          return;
        }
        if (!/^[ \t]*$/.test(this.pending.subarray(0, eol).toString("latin1"))) throw malformed();
        this.pending = this.pending.subarray(eol + 2);
        this.state = "headers";
      } else if (this.state === "headers") {
        if (this.pending.length < 2) return;
        // No headers at all would be a bare CRLF; a part needs Content-Disposition, so that is malformed too.
        const end = this.pending[0] === 0x0d && this.pending[1] === 0x0a ? 0 : this.pending.indexOf(HEADERS_END);
        if (end < 0) {
          if (this.pending.length > MAX_HEADER_BYTES) throw malformed();
          return;
        }
        if (end === 0) throw malformed();
        const head = parseHead(this.pending.subarray(0, end).toString("utf8"));
        this.pending = this.pending.subarray(end + HEADERS_END.length);
        this.state = "body";
        yield { kind: "part", head };
      } else return;
    }
  }
}

/** A parsed upload: text fields in memory, file parts in temporary files. */
export class UploadForm {
  constructor(
    private readonly fields: [string, string][],
    private readonly uploaded: UploadedFile[],
  ) {}

  get(name: string): string | null {
    return this.fields.find(([key]) => key === name)?.[1] ?? null;
  }

  getAll(name: string): string[] {
    return this.fields.filter(([key]) => key === name).map(([, value]) => value);
  }

  /** The first file sent as `name` (an empty file input sends a part without a name: no file). */
  file(name: string): UploadedFile | null {
    return this.uploaded.find((f) => f.field === name) ?? null;
  }

  files(name: string): UploadedFile[] {
    return this.uploaded.filter((f) => f.field === name);
  }

  /** Deletes the temporary files; those already moved into the media store are gone from here. */
  dispose(): void {
    for (const file of this.uploaded) fs.rmSync(file.path, { force: true });
  }
}

export type MultipartLimits = {
  /** The whole body, in bytes. */
  maxBytes: number;
  /** Said with 413 when the body is over `maxBytes`. */
  tooLarge: string;
  /** Any one file, in bytes. */
  maxFileBytes?: number;
  /** All text fields together, in bytes. */
  maxFieldBytes?: number;
  maxParts?: number;
  /** Where file parts are written: in the uploads directory, so they can be renamed into place. */
  tempDir: string;
};

/**
 * A refusal's `message` is a key of the "errors" namespace ("uploads.tooManyParts")
 * with its `values`, or `tooLarge` as the caller gave it; the caller translates.
 */
export type MultipartResult = { ok: true; form: UploadForm } | { ok: false; status: 400 | 413; message: string; values?: MessageValues };

/** Megabytes to one decimal (0.2), for the messages to format in their language. */
const megabytes = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

/**
 * Reads a multipart/form-data request as a stream with a hard size limit:
 * file parts go straight to temporary files (never held in memory), text
 * fields are kept up to a small limit. On any refusal the files written so
 * far are deleted.
 */
export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartResult> {
  const boundary = multipartBoundary(request.headers.get("content-type"));
  if (!boundary) return { ok: false, status: 400, message: UNREADABLE_BODY };
  const { maxFieldBytes = 256 * 1024, maxParts = 200 } = limits;
  const parser = new MultipartParser(boundary);
  const fields: [string, string][] = [];
  const files: UploadedFile[] = [];
  let head: PartHead | null = null;
  let text: Buffer[] = [];
  let textBytes = 0;
  let parts = 0;
  let file: { entry: UploadedFile; handle: fs.promises.FileHandle | null } | null = null;
  try {
    fs.mkdirSync(limits.tempDir, { recursive: true });
    for await (const chunk of boundedChunks(request, limits.maxBytes, limits.tooLarge)) {
      for (const event of parser.push(chunk)) {
        if (event.kind === "part") {
          if (++parts > maxParts) throw new BodyRefused(400, "uploads.tooManyParts");
          head = event.head;
          if (head.filename !== null) {
            const temp = path.join(limits.tempDir, `${randomBytes(12).toString("base64url")}.upload`);
            file = { entry: { field: head.field, name: head.filename, type: head.type, path: temp, size: 0 }, handle: null };
          }
        } else if (event.kind === "data") {
          if (file) {
            file.entry.size += event.bytes.length;
            if (limits.maxFileBytes !== undefined && file.entry.size > limits.maxFileBytes) {
              const limit = megabytes(limits.maxFileBytes);
              throw file.entry.name ? new BodyRefused(413, "uploads.fileTooLarge", { name: file.entry.name, limit }) : new BodyRefused(413, "uploads.aFileTooLarge", { limit });
            }
            // Opened on the first byte: an empty file input (no file chosen) leaves no file.
            if (!file.handle) {
              file.handle = await fs.promises.open(file.entry.path, "wx", 0o600);
              files.push(file.entry);
            }
            await file.handle.write(event.bytes);
          } else {
            textBytes += event.bytes.length;
            if (textBytes > maxFieldBytes) throw new BodyRefused(413, "uploads.fieldsTooLong");
            text.push(Buffer.from(event.bytes));
          }
        } else if (file) {
          await file.handle?.close();
          // A chosen file that is empty (0 bytes) still counts, so the checks can name it; no file chosen sends no name.
          if (!file.handle && file.entry.name !== "") {
            await fs.promises.writeFile(file.entry.path, "", { flag: "wx", mode: 0o600 });
            files.push(file.entry);
          }
          file = null;
        } else {
          fields.push([head!.field, Buffer.concat(text).toString("utf8")]);
          text = [];
        }
      }
    }
    if (!parser.complete) throw malformed();
    return { ok: true, form: new UploadForm(fields, files) };
  } catch (error) {
    await file?.handle?.close().catch(() => {});
    for (const written of files) fs.rmSync(written.path, { force: true });
    if (error instanceof BodyRefused) return { ok: false, status: error.status, message: error.message, ...(error.values ? { values: error.values } : {}) };
    throw error;
  }
}
