import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ffmpegPath, lastProgressSeconds } from "@/lib/media/ffmpeg";
import { AudioJobError } from "./job-error";
import { parseEbur128Summary, type Loudness } from "./loudness";
import { RENDITIONS, type RenditionKey } from "./renditions";
import { PeakCollector } from "./waveform";

export type Transcoded = {
  loudness: Loudness | null;
  peaks: Uint8Array;
  files: { key: RenditionKey; file: string; bytes: number }[];
};

/**
 * The demuxer for each accepted upload type: ffmpeg is never left to guess from
 * the bytes (an uploaded "MP3" that is really a playlist must not be read as one).
 */
const DEMUXERS: Record<string, string> = { "audio/mpeg": "mp3", "audio/wav": "wav", "audio/flac": "flac", "audio/ogg": "ogg", "audio/mp4": "mov" };

/** Waveform samples per second: plenty for 1,000 peaks of even a short track. */
const PEAK_RATE = 4000;

/**
 * Reads the original once and writes every rendition, the waveform and the
 * loudness scan in one ffmpeg run (one decode, all encoders fed from it).
 * Outputs go to `outDir`; `onProgress` gets 0..1 as ffmpeg reports its position.
 */
export async function transcodeAudio(input: string, outDir: string, durationMs: number, mime: string, onProgress: (fraction: number) => void = () => {}): Promise<Transcoded> {
  const bin = ffmpegPath();
  if (!bin) throw new AudioJobError("notAvailable");
  const demuxer = DEMUXERS[mime];
  if (!demuxer) throw new AudioJobError("unsupported");
  const files = RENDITIONS.map((r) => ({ key: r.key, file: path.join(outDir, `${r.key}.${r.ext}`) }));
  // Local files only: no network or other protocols, whatever the file asks for.
  const args = ["-hide_banner", "-nostdin", "-y", "-protocol_whitelist", "file,pipe", "-f", demuxer, "-i", input];
  for (const [i, r] of RENDITIONS.entries()) args.push("-map", "0:a:0", "-vn", ...r.codec, files[i].file);
  args.push("-map", "0:a:0", "-ac", "1", "-ar", String(PEAK_RATE), "-f", "s16le", "pipe:1");
  args.push("-map", "0:a:0", "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-");
  const collector = new PeakCollector(Math.max(1, Math.round((PEAK_RATE * durationMs) / 1000 / 20_000)));
  // Long enough for an hour-long upload on a busy machine; a stuck decoder still ends.
  const timeoutMs = 120_000 + durationMs;
  const stderr = await new Promise<string>((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => collector.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-16_384);
      const seconds = lastProgressSeconds(chunk.toString("utf8"));
      if (seconds !== null && durationMs > 0) onProgress(Math.min(0.99, (seconds * 1000) / durationMs));
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      console.error("audio: ffmpeg could not start", error);
      reject(new AudioJobError("couldNotStart"));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new AudioJobError("tookTooLong", { seconds: Math.round(timeoutMs / 1000) }));
      else if (code !== 0) reject(new AudioJobError("undecodable", { detail: lastErrorLine(log) }));
      else resolve(log);
    });
  });
  onProgress(1);
  return {
    loudness: parseEbur128Summary(stderr),
    peaks: collector.peaks(),
    files: files.map((f) => ({ ...f, bytes: fs.statSync(f.file).size })),
  };
}

/** The line of ffmpeg's output that says what went wrong (its last one that is not a summary). */
function lastErrorLine(log: string): string {
  const lines = log.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !/^(size=|video:|Conversion failed)/.test(l));
  const line = lines.reverse().find((l) => /invalid|error|could not|failed|no such|unsupported|not/i.test(l)) ?? lines[0] ?? "unknown error";
  // Never a server path: anything that looks like one goes.
  return line.replace(/^\[[^\]]+\]\s*/, "").replace(/(?:[A-Za-z]:)?[\\/][^:]*[\\/]/g, "").slice(0, 200);
}
