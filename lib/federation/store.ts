import type { KvKey, KvStore, KvStoreListEntry, KvStoreSetOptions, MessageQueue, MessageQueueEnqueueOptions, MessageQueueListenOptions } from "@fedify/fedify";
import { and, asc, eq, gt, isNull, lt, lte, or } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { federationKv, federationQueue } from "@/db/schema";

const keyOf = (key: KvKey) => JSON.stringify(key);
const millis = (d: { total(unit: string): number } | undefined) => (d ? d.total("millisecond") : 0);

/** Fedify's key-value store (remote documents, keys, idempotence) in the app's database: one table on either engine. */
export class DbKvStore implements KvStore {
  constructor(private readonly db: ChorusDb) {}

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const now = new Date();
    const row = (await this.db.select({ value: federationKv.value }).from(federationKv).where(and(eq(federationKv.key, keyOf(key)), or(isNull(federationKv.expiresAt), gt(federationKv.expiresAt, now)))).limit(1))[0];
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    const ttl = millis(options?.ttl as never);
    const expiresAt = ttl > 0 ? new Date(Date.now() + ttl) : null;
    const json = JSON.stringify(value ?? null);
    await this.db.insert(federationKv).values({ key: keyOf(key), value: json, expiresAt }).onConflictDoUpdate({ target: federationKv.key, set: { value: json, expiresAt } });
  }

  async delete(key: KvKey): Promise<void> {
    await this.db.delete(federationKv).where(eq(federationKv.key, keyOf(key)));
  }

  async *list(prefix?: KvKey): AsyncIterable<KvStoreListEntry> {
    const now = new Date();
    const rows = await this.db.select().from(federationKv).where(or(isNull(federationKv.expiresAt), gt(federationKv.expiresAt, now)));
    for (const row of rows) {
      const key = JSON.parse(row.key) as string[];
      if (prefix && !prefix.every((part, i) => key[i] === part)) continue;
      yield { key: key as unknown as KvKey, value: JSON.parse(row.value) };
    }
  }
}

/** Removes expired entries (the worker's housekeeping). */
export async function purgeExpiredKv(db: ChorusDb, now = new Date()): Promise<number> {
  return (await db.delete(federationKv).where(lt(federationKv.expiresAt, now)).returning({ key: federationKv.key })).length;
}

/** A claimed message is someone's for this long; after a crash it is taken up again. */
const LOCK_MS = 5 * 60_000;

/**
 * Fedify's outgoing queue (fan-out and one delivery per inbox) as rows of the
 * app's database: it survives restarts, and on PostgreSQL every instance's
 * worker takes from it. A message is claimed with a conditional update, so two
 * workers never both send it; retries and backoff are Fedify's (re-enqueued
 * with a delay).
 */
export class DbMessageQueue implements MessageQueue {
  readonly nativeRetrial = false;

  constructor(
    private readonly db: ChorusDb,
    private readonly options: { pollMs?: number; concurrency?: number } = {},
  ) {}

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    await this.enqueueMany([message], options);
  }

  async enqueueMany(messages: readonly unknown[], options?: MessageQueueEnqueueOptions): Promise<void> {
    if (!messages.length) return;
    const runAt = new Date(Date.now() + millis(options?.delay as never));
    await this.db.insert(federationQueue).values(messages.map((m) => ({ message: JSON.stringify(m), runAt })));
  }

  /** Claims up to `limit` due messages. */
  async claim(limit: number, now = new Date()): Promise<{ id: string; message: unknown }[]> {
    const free = or(isNull(federationQueue.lockedUntil), lt(federationQueue.lockedUntil, now));
    const due = await this.db.select({ id: federationQueue.id }).from(federationQueue).where(and(lte(federationQueue.runAt, now), free)).orderBy(asc(federationQueue.runAt)).limit(limit);
    const claimed: { id: string; message: unknown }[] = [];
    for (const { id } of due) {
      const row = (await this.db.update(federationQueue).set({ lockedUntil: new Date(now.getTime() + LOCK_MS) }).where(and(eq(federationQueue.id, id), free)).returning({ message: federationQueue.message }))[0];
      if (row) claimed.push({ id, message: JSON.parse(row.message) });
    }
    return claimed;
  }

  async listen(handler: (message: unknown) => Promise<void> | void, options?: MessageQueueListenOptions): Promise<void> {
    const pollMs = this.options.pollMs ?? 500;
    const concurrency = this.options.concurrency ?? 8;
    const signal = options?.signal;
    while (!signal?.aborted) {
      let batch: { id: string; message: unknown }[] = [];
      try {
        batch = await this.claim(concurrency);
      } catch (error) {
        console.error("federation: could not read the queue", error);
      }
      await Promise.all(
        batch.map(async ({ id, message }) => {
          try {
            await handler(message);
            await this.db.delete(federationQueue).where(eq(federationQueue.id, id));
          } catch (error) {
            // Fedify retries deliveries itself; anything thrown here is ours (a database hiccup): try again in a minute.
            console.error("federation: a queued message failed", error);
            await this.db.update(federationQueue).set({ lockedUntil: null, runAt: new Date(Date.now() + 60_000) }).where(eq(federationQueue.id, id)).catch(() => undefined);
          }
        }),
      );
      if (batch.length < concurrency) await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
