import { asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { federationBlocks, inboxFailures, remoteActors } from "@/db/schema";
import { hostMatches } from "./config";

/**
 * What an admin may block: a domain ("spam.example", its subdomains too) or one
 * account by its address (https://…/users/x). Returns the normalised target or
 * what is wrong, as a key of the "errors" namespace (the block form's wrapper says it).
 */
export function parseBlockTarget(input: string): { ok: true; target: string } | { ok: false; message: string } {
  const value = input.trim().toLowerCase().replace(/^\*\./, "");
  if (/^https?:\/\//.test(value)) {
    try {
      const url = new URL(input.trim());
      return url.pathname.length > 1 ? { ok: true, target: url.href } : { ok: true, target: url.host };
    } catch {
      return { ok: false, message: "federation.invalidAddress" };
    }
  }
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/.test(value) || /^localhost(:\d{1,5})?$/.test(value)) return { ok: true, target: value };
  return { ok: false, message: "federation.targetFormat" };
}

/**
 * Blocks a domain or an account: nothing more is accepted from it or sent to
 * it, and what this server kept of it (its profiles, follows in both
 * directions, posts) is removed.
 */
export async function blockFederationTarget(db: ChorusDb, target: string, reason: string): Promise<number> {
  return await db.transaction(async (tx) => {
    await tx.insert(federationBlocks).values({ target, reason }).onConflictDoUpdate({ target: federationBlocks.target, set: { reason } });
    const actors = await tx.select({ id: remoteActors.id, uri: remoteActors.uri, host: remoteActors.host }).from(remoteActors);
    const gone = actors.filter((a) => (target.includes("/") ? a.uri === target : hostMatches(a.host, target)));
    for (const a of gone) await tx.delete(remoteActors).where(eq(remoteActors.id, a.id));
    return gone.length;
  });
}

export async function unblockFederationTarget(db: ChorusDb, target: string): Promise<boolean> {
  return (await db.delete(federationBlocks).where(eq(federationBlocks.target, target)).returning({ t: federationBlocks.target })).length > 0;
}

export async function listFederationBlocks(db: ChorusDb) {
  return await db.select().from(federationBlocks).orderBy(desc(federationBlocks.createdAt));
}

/** What the server federates with: known remote profiles, their servers, followers and follows across servers. */
export async function federationOverview(db: ChorusDb) {
  const one = async (query: ReturnType<typeof sql>) => Number((await db.all<{ n: number }>(query))[0]?.n ?? 0);
  return {
    actors: await one(sql`SELECT count(*) AS n FROM remote_actors`),
    servers: await one(sql`SELECT count(DISTINCT host) AS n FROM remote_actors`),
    followers: await one(sql`SELECT count(*) AS n FROM remote_followers`),
    follows: await one(sql`SELECT count(*) AS n FROM remote_follows`),
    failingInboxes: await db.select().from(inboxFailures).where(isNotNull(inboxFailures.markedFailingAt)).orderBy(asc(inboxFailures.inbox)).limit(50),
  };
}
