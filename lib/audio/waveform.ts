/**
 * Waveform peaks: made once per upload by the audio pipeline (1,000 bytes,
 * each the loudest sample in its slice of the track, 0..255), stored base64,
 * and drawn with as many bars as a place has room for. Client-safe.
 */
export const PEAK_COUNT = 1000;

/** Collects the loudest sample of every `block` samples of a mono 16-bit stream, chunk by chunk. */
export class PeakCollector {
  private readonly blocks: number[] = [];
  private current = 0;
  private inBlock = 0;
  private carry: number | null = null;

  constructor(private readonly block = 40) {}

  push(chunk: Uint8Array): void {
    let i = 0;
    if (this.carry !== null && chunk.length) {
      this.take(((chunk[0] << 8) | this.carry) << 16 >> 16);
      this.carry = null;
      i = 1;
    }
    for (; i + 1 < chunk.length; i += 2) this.take(((chunk[i + 1] << 8) | chunk[i]) << 16 >> 16);
    if (i < chunk.length) this.carry = chunk[i];
  }

  private take(sample: number): void {
    const abs = sample < 0 ? -sample : sample;
    if (abs > this.current) this.current = abs;
    if (++this.inBlock === this.block) {
      this.blocks.push(this.current);
      this.current = 0;
      this.inBlock = 0;
    }
  }

  /** `count` peaks scaled so the loudest is 255 (a quiet master still shows its shape). */
  peaks(count = PEAK_COUNT): Uint8Array {
    const all = this.inBlock ? [...this.blocks, this.current] : this.blocks;
    return resample(all, count);
  }
}

function resample(values: ArrayLike<number>, count: number): Uint8Array {
  const out = new Uint8Array(count);
  if (!values.length) return out;
  let max = 0;
  const buckets = new Array<number>(count).fill(0);
  for (let b = 0; b < count; b++) {
    const start = Math.floor((b * values.length) / count);
    const end = Math.max(start + 1, Math.floor(((b + 1) * values.length) / count));
    let m = 0;
    for (let i = start; i < end && i < values.length; i++) if (values[i] > m) m = values[i];
    buckets[b] = m;
    if (m > max) max = m;
  }
  for (let b = 0; b < count; b++) out[b] = max ? Math.round((buckets[b] / max) * 255) : 0;
  return out;
}

/** `count` peaks from more: the loudest of each group (no rescaling). */
export function downsamplePeaks(peaks: Uint8Array, count: number): Uint8Array {
  if (count >= peaks.length) return peaks;
  const out = new Uint8Array(count);
  for (let b = 0; b < count; b++) {
    const start = Math.floor((b * peaks.length) / count);
    const end = Math.max(start + 1, Math.floor(((b + 1) * peaks.length) / count));
    let m = 0;
    for (let i = start; i < end; i++) if (peaks[i] > m) m = peaks[i];
    out[b] = m;
  }
  return out;
}

export function encodePeaks(peaks: Uint8Array): string {
  let s = "";
  for (const p of peaks) s += String.fromCharCode(p);
  return btoa(s);
}

export function decodePeaks(encoded: string): Uint8Array {
  const s = atob(encoded);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** `bars` heights in 0..1 for drawing: the loudest of each group, on a gentle curve so quiet passages still show. */
export function barHeights(peaks: Uint8Array, bars: number): number[] {
  return [...downsamplePeaks(peaks, bars)].map((m) => Math.max(0.04, Math.sqrt(m / 255)));
}

/**
 * One SVG path of vertical bars, mirrored around the middle, in a `bars` x 100 box
 * (one unit per bar): a line per bar, drawn with a stroke BAR_STROKE wide (the rest of
 * the unit is the gap) and the path shifted by half of it (BAR_SHIFT). Whole units are finer than a pixel at
 * any height it is shown, and keep the page small (a profile shows ten waveforms, twice each).
 */
export function barsPath(heights: number[]): string {
  return heights.map((h, i) => `M${i} ${Math.round(50 - h * 50)}V${Math.round(50 + h * 50)}`).join("");
}
export const BAR_STROKE = 0.7;
export const BAR_SHIFT = `translate(${BAR_STROKE / 2} 0)`;
