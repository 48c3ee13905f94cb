import { describe, expect, it } from "vitest";
import { normalizationGainDb, normalizedVolume, parseEbur128Summary, TARGET_LUFS } from "./loudness";
import { pickFormat, renditionFor, withRendition } from "./renditions";
import { barHeights, barsPath, decodePeaks, encodePeaks, PeakCollector } from "./waveform";

const SUMMARY = `[Parsed_ebur128_0 @ 0x1] Summary:

  Integrated loudness:
    I:          -8.6 LUFS
    Threshold: -18.9 LUFS

  Loudness range:
    LRA:         4.1 LU

  True peak:
    Peak:        0.4 dBFS`;

describe("loudness", () => {
  it("reads integrated loudness and true peak from ffmpeg's ebur128 summary", () => {
    expect(parseEbur128Summary(`size=1kB time=00:00:01.00\n${SUMMARY}`)).toEqual({ lufs: -8.6, truePeak: 0.4 });
    expect(parseEbur128Summary("Conversion failed!")).toBeNull();
    expect(parseEbur128Summary(SUMMARY.replace("-8.6", "-inf").replace("0.4", "-inf"))).toEqual({ lufs: -Infinity, truePeak: -Infinity });
  });

  it("turns a loud master down to the target", () => {
    expect(normalizationGainDb({ lufs: -8.6, truePeak: 0.4 })).toBe(-5.4);
    expect(normalizationGainDb({ lufs: TARGET_LUFS, truePeak: -1 })).toBe(0);
  });

  it("brings a quiet track up only as far as its peaks allow, never past +12 dB", () => {
    // -20 LUFS wants +6 dB; a peak at -3 dBTP leaves 2 dB below the -1 dBTP ceiling.
    expect(normalizationGainDb({ lufs: -20, truePeak: -3 })).toBe(2);
    expect(normalizationGainDb({ lufs: -20, truePeak: -12 })).toBe(6);
    expect(normalizationGainDb({ lufs: -40, truePeak: -30 })).toBe(12);
    // Already clipping: no boost at all.
    expect(normalizationGainDb({ lufs: -20, truePeak: 0.5 })).toBe(0);
  });

  it("leaves silence and unmeasured tracks alone", () => {
    expect(normalizationGainDb(null)).toBe(0);
    expect(normalizationGainDb({ lufs: -Infinity, truePeak: -Infinity })).toBe(0);
    expect(normalizationGainDb({ lufs: -75, truePeak: -60 })).toBe(0);
  });

  it("applies the gain to the listener's volume, within what an <audio> element can do", () => {
    expect(normalizedVolume(0.8, -6, true)).toBeCloseTo(0.8 * 0.501, 3);
    expect(normalizedVolume(0.8, -6, false)).toBe(0.8);
    expect(normalizedVolume(0.8, null, true)).toBe(0.8);
    // A boost cannot exceed full scale without headroom...
    expect(normalizedVolume(1, 4, true)).toBe(1);
    // ...with 6 dB of headroom, a +4 dB track plays 2 dB below full and a -6 dB one 12 dB below.
    expect(normalizedVolume(1, 4, true, 6)).toBeCloseTo(0.794, 3);
    expect(normalizedVolume(1, -6, true, 6)).toBeCloseTo(0.251, 3);
  });
});

describe("renditions", () => {
  it("asks for Opus where the browser plays it, AAC elsewhere, and the low bitrate to save data", () => {
    const chrome = (mime: string) => (mime.includes("opus") ? "probably" : "maybe");
    const oldSafari = (mime: string) => (mime.includes("opus") ? "" : "maybe");
    expect(pickFormat(chrome, false)).toEqual({ format: "opus", quality: "high" });
    expect(pickFormat(oldSafari, false)).toEqual({ format: "aac", quality: "high" });
    expect(pickFormat(chrome, true)).toEqual({ format: "opus", quality: "low" });
    expect(renditionFor("aac", "low").key).toBe("aac-96");
  });

  it("adds the choice to signed and unsigned media URLs", () => {
    expect(withRendition("/api/media/abc", { format: "opus", quality: "high" })).toBe("/api/media/abc?fmt=opus&q=high");
    expect(withRendition("/api/media/abc?exp=1&sig=x", { format: "aac", quality: "low" })).toBe("/api/media/abc?exp=1&sig=x&fmt=aac&q=low");
  });
});

describe("waveform peaks", () => {
  const pcm = (samples: number[]) => {
    const b = Buffer.alloc(samples.length * 2);
    samples.forEach((s, i) => b.writeInt16LE(s, i * 2));
    return b;
  };

  it("keeps the loudest sample of each slice, across chunk boundaries that split a sample", () => {
    const c = new PeakCollector(2);
    const bytes = pcm([100, -3000, 50, 60, 0, 32767, -32768, 1]);
    c.push(bytes.subarray(0, 3));
    c.push(bytes.subarray(3));
    const peaks = c.peaks(4);
    // Scaled so the loudest slice is 255.
    expect([...peaks]).toEqual([Math.round((3000 / 32768) * 255), Math.round((60 / 32768) * 255), 255, 255]);
  });

  it("round-trips through base64 and draws at any number of bars", () => {
    const peaks = new Uint8Array([0, 64, 255, 128]);
    expect([...decodePeaks(encodePeaks(peaks))]).toEqual([0, 64, 255, 128]);
    const bars = barHeights(peaks, 2);
    expect(bars).toHaveLength(2);
    expect(bars[1]).toBe(1);
    // Silence still shows a sliver, so the bar is there to click.
    expect(barHeights(new Uint8Array([0]), 1)[0]).toBeGreaterThan(0);
  });

  it("draws each bar as one line mirrored around the middle, in whole units", () => {
    expect(barsPath([1, 0.04, 0.5])).toBe("M0 0V100M1 48V52M2 25V75");
    // A 160-bar waveform stays under 2 KB of markup (each is drawn twice: played and not).
    expect(barsPath(barHeights(new Uint8Array(400).map((_, i) => (i * 37) % 256), 160)).length).toBeLessThan(2000);
  });
});
