/**
 * The streaming copies the audio pipeline makes of every upload, and which one
 * a player should ask for. Client-safe: the player picks by what its browser
 * plays and whether the listener asked to save data.
 */
export const RENDITIONS = [
  { key: "opus-64", format: "opus", quality: "low", kbps: 64, mime: "audio/webm", ext: "webm", codec: ["-c:a", "libopus", "-b:a", "64k", "-vbr", "on"] },
  { key: "opus-160", format: "opus", quality: "high", kbps: 160, mime: "audio/webm", ext: "webm", codec: ["-c:a", "libopus", "-b:a", "160k", "-vbr", "on"] },
  // AAC for browsers without Opus (older Safari); a notch higher than Opus for the same sound.
  { key: "aac-96", format: "aac", quality: "low", kbps: 96, mime: "audio/mp4", ext: "m4a", codec: ["-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart"] },
  { key: "aac-192", format: "aac", quality: "high", kbps: 192, mime: "audio/mp4", ext: "m4a", codec: ["-c:a", "aac", "-b:a", "192k", "-movflags", "+faststart"] },
] as const;

export type Rendition = (typeof RENDITIONS)[number];
export type RenditionKey = Rendition["key"];
export type AudioFormat = Rendition["format"];
export type AudioQuality = Rendition["quality"];

export function renditionByKey(key: string): Rendition | undefined {
  return RENDITIONS.find((r) => r.key === key);
}

/** The rendition made for a format and quality. */
export function renditionFor(format: AudioFormat, quality: AudioQuality): Rendition {
  return RENDITIONS.find((r) => r.format === format && r.quality === quality)!;
}

/** Stored beside the original, like image thumbnails: removing the original removes these. */
export function renditionPath(original: string, key: RenditionKey): string {
  return `${original}.${key}.${renditionByKey(key)!.ext}`;
}

/**
 * What to ask the server for: Opus where the browser plays it (smaller for the
 * same sound), else AAC; the low bitrate when the listener saves data or is on
 * a slow connection. The server falls back to the original while processing.
 */
export function pickFormat(canPlay: (mime: string) => string, saveData: boolean): { format: AudioFormat; quality: AudioQuality } {
  const opus = canPlay('audio/webm; codecs="opus"') !== "";
  return { format: opus ? "opus" : "aac", quality: saveData ? "low" : "high" };
}

/** Appends the rendition choice to a media URL (signed or not). */
export function withRendition(url: string, choice: { format: AudioFormat; quality: AudioQuality }): string {
  return `${url}${url.includes("?") ? "&" : "?"}fmt=${choice.format}&q=${choice.quality}`;
}
