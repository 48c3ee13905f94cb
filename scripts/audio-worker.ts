// The background worker: one per app instance, started by scripts/server.mjs.
// It takes jobs from the audio_assets queue (shared by every instance through the
// database), one at a time so listeners keep a core, and polls when idle. Between
// audio jobs it builds data exports ("Download my data"), and once a minute it
// deletes expired exports, erases accounts whose deletion grace period is over,
// and recomputes Discover's creator neighbours when they are an hour old; every few
// hours it deletes raw plays and impressions past their horizon (lib/studio/retention.ts).
// With federation on, it also publishes new public activity to followers on
// other servers and delivers Fedify's outgoing queue, in its own loop.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { openDatabase } from "../db/client";
import { eraseDueAccounts } from "../lib/account/deletion";
import { buildNextExport, removeExpiredExports } from "../lib/account/export";
import { drainAudioQueue, enqueueUnprocessed } from "../lib/audio/queue";
import { refreshNeighboursIfStale } from "../lib/discovery/similar-store";
import { pruneRawEvents } from "../lib/studio/retention";
import { buildFederation } from "../lib/federation/federation";
import { publishActorUpdates, publishPending } from "../lib/federation/publish";
import { federationConfig } from "../lib/federation/settings";
import { purgeExpiredKv } from "../lib/federation/store";

const HOUSEKEEPING_MS = 60_000;
const PRUNE_MS = 6 * 3_600_000;

const IDLE_POLL_MS = Number(process.env.AUDIO_POLL_MS ?? 1000);

/** Background work yields the CPU to the web server: page requests stay fast while a transcode or a fan-out runs. */
function lowerPriority() {
  try {
    os.setPriority(process.pid, Number(process.env.WORKER_NICE ?? 10));
  } catch {
    // not permitted here (some containers): the worker still runs, at normal priority
  }
}

async function main() {
  lowerPriority();
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
  startFederation(database);
  let lastHousekeeping = 0;
  let lastPrune = 0;
  let lastPruneTry = 0;
  while (!stopping) {
    try {
      const ran = await drainAudioQueue(database, workerId);
      if (ran) console.log(`audio: processed ${ran} file${ran === 1 ? "" : "s"}`);
    } catch (error) {
      console.error("audio: worker error", error);
    }
    try {
      while (await buildNextExport(database)) console.log("export: built an archive");
      if (Date.now() - lastHousekeeping > HOUSEKEEPING_MS) {
        lastHousekeeping = Date.now();
        const [expired, erased] = [await removeExpiredExports(database), await eraseDueAccounts(database)];
        if (expired || erased) console.log(`housekeeping: ${expired} expired export(s) removed, ${erased} account(s) erased`);
        const started = Date.now();
        const pairs = await refreshNeighboursIfStale(database);
        if (pairs !== null) console.log(`discover: refreshed creator neighbours (${pairs} pairs in ${Date.now() - started} ms)`);
        await purgeExpiredKv(database);
      }
    } catch (error) {
      console.error("worker: housekeeping error", error);
    }
    try {
      // A few seconds at most per minute; a large backlog is taken over several minutes.
      if (Date.now() - lastPrune > PRUNE_MS && Date.now() - lastPruneTry > HOUSEKEEPING_MS) {
        lastPruneTry = Date.now();
        const pruned = await pruneRawEvents(database);
        if (pruned.done) lastPrune = Date.now();
        if (pruned.plays || pruned.impressions) console.log(`housekeeping: ${pruned.plays} play(s) and ${pruned.impressions} impression(s) past the 13-month horizon deleted${pruned.done ? "" : " (more next minute)"}`);
      }
    } catch (error) {
      console.error("worker: pruning error", error);
    }
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
  }
}

const PUBLISH_POLL_MS = Number(process.env.FEDERATION_POLL_MS ?? 1000);
/** Profile edits go out within this long (a scan of the profiles that have followers elsewhere). */
const ACTOR_SCAN_MS = 30_000;

/** Delivery never waits for a transcode: the queue and the publisher run beside the audio loop. */
function startFederation(database: ReturnType<typeof openDatabase>) {
  const config = federationConfig();
  if (!config.enabled) return;
  // A few deliveries at a time: a fan-out to thousands finishes within seconds and leaves the web server its cores.
  const federation = buildFederation(database, config, { concurrency: Number(process.env.FEDERATION_CONCURRENCY ?? 2) });
  void federation.startQueue({ db: database, config }).catch((error) => console.error("federation: queue stopped", error));
  let lastActorScan = 0;
  const publish = async () => {
    try {
      const sent = await publishPending(database, federation, config);
      if (sent) console.log(`federation: sent ${sent} activit${sent === 1 ? "y" : "ies"}`);
      if (Date.now() - lastActorScan > ACTOR_SCAN_MS) {
        lastActorScan = Date.now();
        const profiles = await publishActorUpdates(database, federation, config);
        if (profiles) console.log(`federation: sent ${profiles} profile update${profiles === 1 ? "" : "s"}`);
      }
    } catch (error) {
      console.error("federation: publishing failed", error);
    }
    setTimeout(publish, PUBLISH_POLL_MS);
  };
  void publish();
  console.log(`federation: on as ${config.origin}`);
}

void main();
