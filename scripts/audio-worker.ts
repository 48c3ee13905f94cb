// The audio pipeline's worker: one per app instance, started by scripts/server.mjs.
// It takes jobs from the audio_assets queue (shared by every instance through the
// database), one at a time so listeners keep a core, and polls when idle.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { openDatabase } from "../db/client";
import { drainAudioQueue, enqueueUnprocessed } from "../lib/audio/queue";

const IDLE_POLL_MS = Number(process.env.AUDIO_POLL_MS ?? 1000);

async function main() {
  const database = openDatabase();
  const workerId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => { stopping = true; process.exit(0); });
  try {
    const queued = await enqueueUnprocessed(database);
    if (queued) console.log(`audio: queued ${queued} file${queued === 1 ? "" : "s"} uploaded before the pipeline`);
  } catch (error) {
    console.error("audio: could not look for unprocessed files", error);
  }
  while (!stopping) {
    try {
      const ran = await drainAudioQueue(database, workerId);
      if (ran) console.log(`audio: processed ${ran} file${ran === 1 ? "" : "s"}`);
    } catch (error) {
      console.error("audio: worker error", error);
    }
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
  }
}

void main();
