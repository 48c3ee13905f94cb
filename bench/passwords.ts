/**
 * Does password hashing block everyone else? Hashes N passwords at once with
 * argon2id (native, thread pool) and with bcryptjs (pure JS, the old hasher)
 * and measures how late a 10 ms timer fires meanwhile (event-loop lag), side by side.
 * usage: npm run bench:passwords [-- N]
 */
import bcrypt from "bcryptjs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { hashPassword, passwordMatches } from "../lib/auth/password";

const n = Number(process.argv[2] ?? 8);

async function measure(label: string, work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  await Promise.all(Array.from({ length: n }, work));
  const ms = performance.now() - started;
  histogram.disable();
  const lag = (q: number) => (histogram.percentile(q) / 1e6).toFixed(1);
  console.log(`${label.padEnd(28)} ${n} at once: ${ms.toFixed(0).padStart(6)} ms total, event-loop lag p50 ${lag(50)} ms, p99 ${lag(99)} ms, max ${(histogram.max / 1e6).toFixed(1)} ms`);
}

async function main() {
  const argonHash = await hashPassword("correct horse battery 1");
  const bcryptHash = bcrypt.hashSync("correct horse battery 1", 11);
  await measure("argon2id hash", () => hashPassword("correct horse battery 1"));
  await measure("argon2id verify", () => passwordMatches("correct horse battery 1", argonHash));
  await measure("bcryptjs (cost 11) hash", () => bcrypt.hash("correct horse battery 1", 11));
  await measure("bcryptjs (cost 11) verify", () => bcrypt.compare("correct horse battery 1", bcryptHash));
}

void main();
