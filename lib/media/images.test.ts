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
});
