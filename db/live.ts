import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import { Client, type Pool } from "pg";
import type { ChorusDb } from "./client";

/**
 * Wake-ups for live streams ("something changed in conversation X"), across
 * app instances. The data itself is always read from the database; a signal
 * only says when to look.
 *
 * PostgreSQL: `pg_notify` inside the writer's transaction (delivered on commit,
 * never for a rolled-back write) and one LISTEN connection per process, so a
 * user connected to another instance hears about it at once; streams keep a
 * slow safety poll in case the listening connection drops.
 * SQLite: one machine, one file: streams poll an index every second (which
 * also sees what other processes wrote to the file); signals are not needed.
 */
export type Channel = "conversation" | "comments";

const emitter = new EventEmitter();
emitter.setMaxListeners(0);
/** One LISTEN connection per database and channel (NOTIFY reaches the database it was sent in). */
const listening = new Map<string, Promise<Client | null>>();

const pgChannel = (channel: Channel) => `chorus_${channel}`;
const urlOf = (database: ChorusDb) => (database.engine === "postgres" ? ((database.$client as unknown as Pool).options.connectionString ?? "") : "sqlite");

/** How often a stream polls the database even without a signal. */
export function pollEveryMs(database: ChorusDb): number {
  return database.engine === "postgres" ? 15_000 : 1_000;
}

/** Tells every instance that `key` on `channel` changed (on commit, when called inside a transaction). */
export async function signal(database: ChorusDb, channel: Channel, key: string): Promise<void> {
  if (database.engine !== "postgres") return;
  await database.run(sql`select pg_notify(${pgChannel(channel)}, ${key})`);
}

function startListening(database: ChorusDb, channel: Channel): Promise<Client | null> {
  const url = urlOf(database);
  const id = `${url}|${channel}`;
  const client = new Client({ connectionString: url });
  const opened = (async () => {
    try {
      await client.connect();
      client.on("notification", (n) => {
        if (n.channel === pgChannel(channel) && n.payload) emitter.emit(`${id}:${n.payload}`);
      });
      await client.query(`LISTEN ${pgChannel(channel)}`);
      return client;
    } catch (error) {
      console.error(`live: could not LISTEN on ${pgChannel(channel)}; streams fall back to polling`, error);
      return null;
    }
  })();
  // A dropped connection: forget it, so the next subscriber opens a new one (streams poll meanwhile).
  client.on("error", () => listening.delete(id));
  client.on("end", () => listening.delete(id));
  listening.set(id, opened);
  return opened;
}

/** Calls `onSignal` whenever `key` on `channel` changes, on any instance; returns the unsubscribe function. */
export function listen(database: ChorusDb, channel: Channel, key: string, onSignal: () => void): () => void {
  const id = `${urlOf(database)}|${channel}`;
  if (database.engine === "postgres" && !listening.has(id)) void startListening(database, channel);
  const event = `${id}:${key}`;
  emitter.on(event, onSignal);
  return () => void emitter.off(event, onSignal);
}

/** Resolves once this process listens on `channel` (tests; streams need not wait). */
export async function ready(database: ChorusDb, channel: Channel): Promise<boolean> {
  if (database.engine !== "postgres") return true;
  return (await (listening.get(`${urlOf(database)}|${channel}`) ?? startListening(database, channel))) !== null;
}

/** Closes this process's LISTEN connections (tests, shutdown). */
export async function stopListening(): Promise<void> {
  const clients = await Promise.all([...listening.values()]);
  listening.clear();
  await Promise.all(clients.map((c) => (c ? c.end().catch(() => undefined) : Promise.resolve())));
}
