import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMultipart } from "./multipart";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-multipart-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;
const limits = (maxBytes: number, extra: { maxFileBytes?: number } = {}) => ({ maxBytes, tooLarge: "The upload is too large.", tempDir: dir, ...extra });

/** A form encoded the way a browser sends it (undici's own multipart writer). */
async function encode(form: FormData): Promise<{ bytes: Buffer; contentType: string }> {
  const response = new Response(form);
  return { bytes: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type")! };
}

/** A request whose body arrives in pieces of the given sizes, with no Content-Length (as a chunked upload). */
function chunkedRequest(bytes: Buffer, contentType: string, sizes: () => number) {
  let offset = 0;
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const piece = bytes.subarray(offset, offset + sizes());
      offset += piece.length;
      pulled += piece.length;
      controller.enqueue(new Uint8Array(piece));
    },
  });
  const request = new Request("http://localhost/upload", { method: "POST", body, headers: { "content-type": contentType }, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

/** An endless chunked body: a form part that never ends. */
function endlessRequest(chunkBytes = 64 * 1024) {
  let pulled = 0;
  const head = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="huge.wav"\r\nContent-Type: audio/wav\r\n\r\n');
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pulled === 0 ? Buffer.concat([head, Buffer.alloc(chunkBytes - head.length, 1)]) : Buffer.alloc(chunkBytes, 1);
      pulled += piece.length;
      controller.enqueue(new Uint8Array(piece));
    },
  });
  const request = new Request("http://localhost/upload", { method: "POST", body, headers: { "content-type": "multipart/form-data; boundary=b" }, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

const tempFiles = () => fs.readdirSync(dir);

describe("readMultipart", () => {
  it("refuses a chunked body with 413 as soon as it passes the limit, without reading the rest", async () => {
    const { request, pulled } = endlessRequest();
    const result = await readMultipart(request, limits(1 * MB));
    expect(result).toEqual({ ok: false, status: 413, message: "The upload is too large." });
    // Read at most one chunk past the limit (the stream may have one chunk queued ahead).
    expect(pulled()).toBeLessThanOrEqual(1 * MB + 2 * 64 * 1024);
    expect(tempFiles()).toEqual([]);
  });

  it("refuses a declared Content-Length over the limit before reading anything", async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => void (pulls++, c.enqueue(new Uint8Array(1024))) });
    const request = new Request("http://localhost/upload", { method: "POST", body, headers: { "content-type": "multipart/form-data; boundary=b", "content-length": String(5 * MB) }, duplex: "half" } as RequestInit);
    expect(await readMultipart(request, limits(1 * MB))).toMatchObject({ ok: false, status: 413 });
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it("refuses one file over the per-file limit even when the whole body would fit", async () => {
    const form = new FormData();
    form.append("audio", new File([new Uint8Array(300 * 1024)], "long take.wav", { type: "audio/wav" }));
    const { bytes, contentType } = await encode(form);
    const { request } = chunkedRequest(bytes, contentType, () => 16 * 1024);
    // A message key and its values: the caller says it in the request's language.
    expect(await readMultipart(request, limits(1 * MB, { maxFileBytes: 200 * 1024 }))).toEqual({ ok: false, status: 413, message: "uploads.fileTooLarge", values: { name: "long take.wav", limit: 0.2 } });
    expect(tempFiles()).toEqual([]);
  });

  it("parses fields and files split at any byte, files going to disk", async () => {
    const audio = Buffer.alloc(200_000);
    for (let i = 0; i < audio.length; i++) audio[i] = (i * 7919) % 251;
    // Bytes that look like a delimiter's start must stay in the file.
    audio.write("\r\n--", 1000, "latin1");
    const form = new FormData();
    form.append("title", "Glass “Hearts”");
    form.append("trackTitle", "One");
    form.append("trackTitle", "Two\r\nlines");
    form.append("audio", new File([audio], 'a "quoted" naïve.wav', { type: "audio/wav" }));
    form.append("audio", new File([audio.subarray(0, 10)], "b.wav", { type: "audio/wav" }));
    form.append("audio", new File([], "silence.wav", { type: "audio/wav" }));
    form.append("cover", new File([], "", { type: "application/octet-stream" }));
    const { bytes, contentType } = await encode(form);
    for (const sizes of [() => 1 + Math.floor(Math.random() * 9000), () => 61, () => bytes.length]) {
      const { request } = chunkedRequest(bytes, contentType, sizes);
      const result = await readMultipart(request, limits(1 * MB));
      if (!result.ok) throw new Error(result.message);
      const { form: parsed } = result;
      expect(parsed.get("title")).toBe("Glass “Hearts”");
      expect(parsed.getAll("trackTitle")).toEqual(["One", "Two\r\nlines"]);
      const files = parsed.files("audio");
      expect(files.map((f) => [f.name, f.type, f.size])).toEqual([
        ['a "quoted" naïve.wav', "audio/wav", audio.length],
        ["b.wav", "audio/wav", 10],
        // A chosen file that happens to be empty is kept, so the checks can say which one it was.
        ["silence.wav", "audio/wav", 0],
      ]);
      expect(fs.readFileSync(files[0].path).equals(audio)).toBe(true);
      expect(path.dirname(files[0].path)).toBe(dir);
      // An empty file input (no file chosen) is no file.
      expect(parsed.file("cover")).toBeNull();
      parsed.dispose();
      expect(tempFiles()).toEqual([]);
    }
  });

  it("refuses a truncated body or one that is not multipart, leaving no files", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(50_000)], "a.png", { type: "image/png" }));
    const { bytes, contentType } = await encode(form);
    const { request } = chunkedRequest(bytes.subarray(0, 30_000), contentType, () => 4096);
    expect(await readMultipart(request, limits(1 * MB))).toMatchObject({ ok: false, status: 400, message: "uploads.unreadable" });
    expect(tempFiles()).toEqual([]);
    const json = new Request("http://localhost/upload", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await readMultipart(json, limits(1 * MB))).toMatchObject({ ok: false, status: 400 });
  });
});
