import { spawn } from "node:child_process";
import { accessSync, chmodSync, constants } from "node:fs";
import { createRequire } from "node:module";

/**
 * The ffmpeg binary shipped by @ffmpeg-installer (a static build, no system
 * package needed). npm may skip its postinstall chmod, so make it executable
 * here when we own it. Null when the package or platform binary is missing.
 */
export function ffmpegPath(): string | null {
  try {
    const path = (createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as { path: string }).path;
    try {
      accessSync(path, constants.X_OK);
    } catch {
      chmodSync(path, 0o755);
    }
    return path;
  } catch {
    return null;
  }
}

/** The last `time=hh:mm:ss.xx` ffmpeg printed: how far it got through the stream. */
export function lastProgressSeconds(stderr: string): number | null {
  const all = [...stderr.matchAll(/time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/g)];
  const last = all.at(-1);
  return last ? Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]) : null;
}

/**
 * Measures a media file's real length by reading its packets (a copy to
 * nowhere, no decoding): works for streamed WebM and fragmented MP4, which
 * carry no duration in their headers. Null when ffmpeg is unavailable or fails.
 */
export function probeDurationSeconds(bytes: Uint8Array, timeoutMs = 20_000): Promise<number | null> {
  const bin = ffmpegPath();
  if (!bin) return Promise.resolve(null);
  return new Promise((resolve) => {
    const child = spawn(bin, ["-hide_banner", "-nostdin", "-i", "pipe:0", "-map", "0:v:0?", "-map", "0:a:0?", "-c", "copy", "-f", "null", "-"], { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stderr.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString("utf8")).slice(-8192);
    });
    child.on("error", () => resolve(null));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? lastProgressSeconds(stderr) : null);
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(bytes);
  });
}
