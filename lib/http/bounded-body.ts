/**
 * What a refusal says is a key of the "errors" namespace (plus its values), or the
 * caller's own `tooLarge` text as given: this module knows no languages; the caller
 * translates (lib/media/upload.ts readUpload).
 */
export const UNREADABLE_BODY = "uploads.unreadable";

export type MessageValues = Record<string, string | number>;

/** A request body refused: the status to answer with, and what to tell the person who sent it (a message key and its values). */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
    readonly values?: MessageValues,
  ) {
    super(message);
  }
}

/**
 * The chunks of a request body, read as a stream. A declared Content-Length over
 * `maxBytes` is refused before reading; a body without one (chunked) is refused
 * with 413 as soon as the bytes received pass the limit, so nothing past the
 * limit is ever read. A body that breaks off midway is refused with 400.
 */
export async function* boundedChunks(request: Request, maxBytes: number, tooLarge: string): AsyncGenerator<Buffer, void, undefined> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw new BodyRefused(413, tooLarge);
  if (!request.body) return;
  const reader = request.body.getReader();
  let finished = false;
  let total = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch {
        throw new BodyRefused(400, UNREADABLE_BODY);
      }
      if (next.done) {
        finished = true;
        return;
      }
      total += next.value.byteLength;
      if (total > maxBytes) throw new BodyRefused(413, tooLarge);
      yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
  } finally {
    // Stop the upload: refused, or abandoned by the reader.
    if (!finished) await reader.cancel().catch(() => {});
  }
}
