import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processImage } from "./images";

describe("processImage", () => {
  it("turns a real PNG into a cropped webp", async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#7c4dff" } }).png().toBuffer();
    const result = await processImage(png, "avatar");
    expect(result.ok).toBe(true);
    if (result.ok) {
      const meta = await sharp(result.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", 400, 400]);
    }
  });

  it("rejects text dressed up as an image", async () => {
    const result = await processImage(Buffer.from("this is not a picture, just text in a .png"), "avatar");
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/not an image/) });
  });

  it("rejects files over the size limit before decoding", async () => {
    const result = await processImage(Buffer.alloc(6 * 1024 * 1024, 1), "avatar");
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });

  it("accepts a big photo within the pixel limit by scaling it down (it used to be called not an image)", async () => {
    const big = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#335577" } }).jpeg({ quality: 40 }).toBuffer();
    const result = await processImage(big, "cover");
    expect(result).toMatchObject({ ok: true, width: 800, height: 800 });
  });

  it("says an image with too many pixels is too large, with its size", async () => {
    // A real PNG whose header claims 12000 × 9000: only the header is read.
    const png = Buffer.from(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).png().toBuffer());
    png.writeUInt32BE(12000, 16);
    png.writeUInt32BE(9000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    const result = await processImage(png, "cover");
    expect(result).toEqual({ ok: false, message: "The image is too large (12000 × 9000 pixels). The limit is 100 megapixels: scale it down and try again." });
  });
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
