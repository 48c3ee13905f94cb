import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ffmpegPath, lastProgressSeconds } from "./ffmpeg";
import { checkVideo } from "./video";

const dir = mkdtempSync(join(tmpdir(), "chorus-video-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny clip of `seconds`, written the way phones and MediaRecorder stream it (no duration in the header). */
function clip(seconds: number, kind: "streamed-webm" | "fragmented-mp4" | "mp4"): Buffer {
  const out = join(dir, `${kind}-${seconds}.${kind.endsWith("webm") ? "webm" : "mp4"}`);
  const codec = kind.endsWith("webm") ? ["-c:v", "libvpx", "-b:v", "30k", "-f", "webm"] : ["-c:v", "libx264", "-preset", "ultrafast", ...(kind === "fragmented-mp4" ? ["-movflags", "frag_keyframe+empty_moov"] : []), "-f", "mp4"];
  const args = ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", `color=c=blue:s=32x32:r=5:d=${seconds}`, ...codec];
  // Streamed output: to a pipe, where the muxer cannot go back and write the length.
  const bytes = execFileSync(ffmpegPath()!, kind === "mp4" ? [...args, "-y", out] : [...args, "pipe:1"], { maxBuffer: 64 << 20 });
  return kind === "mp4" ? readFileSync(out) : bytes;
}

describe("checking a video", () => {
  it("says a 70-second clip is too long, even when its header names no duration", async () => {
    for (const kind of ["streamed-webm", "fragmented-mp4", "mp4"] as const) {
      const r = await checkVideo(clip(70, kind), "holiday.webm");
      expect(r, kind).toEqual({ ok: false, message: "holiday.webm is 70 seconds long. Videos can be at most 60 seconds." });
    }
  }, 60_000);

  it("accepts a short streamed clip with its real length", async () => {
    const r = await checkVideo(clip(8, "streamed-webm"));
    expect(r.ok && Math.round(r.durationMs / 1000)).toBe(8);
  }, 30_000);

  it("still refuses what is not a video", async () => {
    const r = await checkVideo(Buffer.from("just some text, not a video at all"), "notes.mp4");
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("notes.mp4 is not a video we can play") });
  });

  it("reads ffmpeg's last progress time", () => {
    expect(lastProgressSeconds("frame= 1 time=00:00:01.00 ...\nframe= 9 time=00:01:10.40 bitrate")).toBeCloseTo(70.4);
    expect(lastProgressSeconds("no progress")).toBeNull();
  });
});
