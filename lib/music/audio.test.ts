import { describe, expect, it } from "vitest";
import { synthesize } from "@/lib/media/synth";
import { checkAudio } from "./audio";

describe("checkAudio", () => {
  it("accepts a real WAV and reads its duration", async () => {
    const wav = synthesize({ seconds: 3, root: 57, bpm: 100, seed: 7 });
    expect(await checkAudio(wav, "demo.wav")).toEqual({ ok: true, mime: "audio/wav", durationMs: 3000 });
  });
  it("refuses text or an image renamed to .mp3", async () => {
    const result = await checkAudio(Buffer.from("<html>definitely not audio</html>".repeat(20)), "song.mp3");
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/song\.mp3 is not an audio file/) });
  });
});
