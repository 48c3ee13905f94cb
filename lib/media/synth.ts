/**
 * A tiny deterministic music synthesiser that writes 16-bit mono WAV files.
 * Used by the seed (real, playable demo tracks without downloads) and tests.
 */

export type SynthOptions = {
  seconds: number;
  sampleRate?: number;
  /** MIDI note of the key's root, e.g. 57 = A3. */
  root: number;
  bpm: number;
  minor?: boolean;
  /** 0..1: how much drums vs. pads. */
  energy?: number;
  seed?: number;
};

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const MINOR = [0, 2, 3, 5, 7, 8, 10];
const PROGRESSIONS = [
  [0, 4, 5, 3],
  [0, 5, 3, 4],
  [5, 3, 0, 4],
  [0, 3, 4, 3],
];

const NOTE_HZ = Array.from({ length: 128 }, (_, n) => 440 * Math.pow(2, (n - 69) / 12));
const midiToHz = (note: number) => NOTE_HZ[note];

// A sine table: the synth spends most of its time here.
const TABLE_SIZE = 4096;
const SINE = new Float32Array(TABLE_SIZE);
for (let i = 0; i < TABLE_SIZE; i++) SINE[i] = Math.sin((2 * Math.PI * i) / TABLE_SIZE);
/** sin(2π·cycles) */
const sine = (cycles: number) => SINE[((cycles * TABLE_SIZE) | 0) & (TABLE_SIZE - 1)];

export function synthesize(options: SynthOptions): Buffer {
  const sampleRate = options.sampleRate ?? 16000;
  const total = Math.floor(options.seconds * sampleRate);
  const samples = new Float32Array(total);
  const scale = options.minor ? MINOR : MAJOR;
  let rng = (options.seed ?? 1) >>> 0;
  const rand = () => {
    rng = (Math.imul(rng, 1664525) + 1013904223) >>> 0;
    return rng / 4294967296;
  };
  const progression = PROGRESSIONS[Math.floor(rand() * PROGRESSIONS.length)];
  const beat = 60 / options.bpm;
  const bar = beat * 4;
  const energy = options.energy ?? 0.6;
  const degree = (d: number, octave = 0) => options.root + scale[((d % 7) + 7) % 7] + 12 * (Math.floor(d / 7) + octave);

  // Render one pass of the chord progression, then loop it: loop-based demo tracks.
  const cycle = Math.min(total, Math.ceil(bar * progression.length * sampleRate));
  for (let i = 0; i < cycle; i++) {
    const t = i / sampleRate;
    const barIndex = Math.floor(t / bar);
    const chordRoot = progression[barIndex % progression.length];
    const inBar = t - barIndex * bar;
    // Pad: a soft triad with slow attack per bar.
    const padEnv = Math.min(1, inBar / 0.4) * (0.75 + 0.25 * Math.cos((2 * Math.PI * inBar) / bar));
    let s = 0;
    for (const step of [0, 2, 4]) {
      const f = midiToHz(degree(chordRoot + step));
      s += 0.09 * padEnv * (sine(f * t) + 0.3 * sine(f * 2.002 * t));
    }
    // Bass on every beat.
    const beatIndex = Math.floor(t / beat);
    const inBeat = t - beatIndex * beat;
    const bassF = midiToHz(degree(chordRoot, -1));
    s += 0.22 * Math.exp(-inBeat * 3) * sine(bassF * t);
    // Arpeggio on eighth notes.
    const eighth = beat / 2;
    const eighthIndex = Math.floor(t / eighth);
    const inEighth = t - eighthIndex * eighth;
    const arpStep = [0, 2, 4, 7][eighthIndex % 4];
    const arpF = midiToHz(degree(chordRoot + arpStep, 1));
    s += 0.07 * Math.exp(-inEighth * 9) * sine(arpF * t);
    // Kick on beats, hats on off-beats.
    if (energy > 0.2) {
      const kickF = 50 + 90 * Math.exp(-inBeat * 30);
      s += 0.35 * energy * Math.exp(-inBeat * 9) * sine(kickF * inBeat);
      if (eighthIndex % 2 === 1) s += 0.05 * energy * Math.exp(-inEighth * 60) * (rand() * 2 - 1);
    }
    samples[i] = s;
  }
  for (let i = cycle; i < total; i++) samples[i] = samples[i - cycle];

  // Fade in/out and normalise.
  const fade = Math.min(sampleRate, Math.floor(total / 4));
  let peak = 0;
  for (let i = 0; i < total; i++) {
    const edge = Math.min(1, i / fade, (total - 1 - i) / fade);
    samples[i] *= edge;
    peak = Math.max(peak, Math.abs(samples[i]));
  }
  const gain = peak > 0 ? 0.85 / peak : 1;
  return encodeWav(samples, sampleRate, gain);
}

export function encodeWav(samples: Float32Array, sampleRate: number, gain = 1): Buffer {
  const dataBytes = samples.length * 2;
  const buffer = Buffer.alloc(44 + dataBytes);
  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(36 + dataBytes, 4);
  buffer.write("WAVE", 8, "ascii");
  buffer.write("fmt ", 12, "ascii");
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20); // PCM
  buffer.writeUInt16LE(1, 22); // mono
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i] * gain));
    buffer.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return buffer;
}
