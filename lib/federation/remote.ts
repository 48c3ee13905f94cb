import { Create, Follow, isActor, Undo, type Actor } from "@fedify/vocab";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import type { ChorusDb } from "@/db/client";
import { remoteActors, remoteFollows, remotePosts } from "@/db/schema";
import { newId } from "@/lib/ids";
import { federatedProfile } from "./actors";
import type { ChorusContext } from "./federation";
import { isBlocked, isPostObject, isPublic, storeRemotePost, upsertRemoteActor, type RemoteActorRow } from "./remote-store";

/** "@name@host" (or "name@host"): a fediverse handle, as people paste it. */
export function parseHandle(input: string): { user: string; host: string } | null {
  const m = /^@?([a-z0-9_.-]{1,64})@([a-z0-9.-]+\.[a-z]{2,}|localhost|\d{1,3}(?:\.\d{1,3}){3})(:\d{1,5})?$/i.exec(input.trim());
  return m ? { user: m[1], host: `${m[2].toLowerCase()}${m[3] ?? ""}` } : null;
}

/** What we know about a remote profile is refreshed when older than this. */
const FRESH_MS = 10 * 60_000;
const RECENT_POSTS = 10;

/** `fetched`: the actor was read from its server just now (its recent posts are worth reading too). */
export type LookupResult = { ok: true; actor: RemoteActorRow; fetched: boolean } | { ok: false; message: string };

/**
 * A failed lookup in the request's language: pages show its message as is (no
 * mutation wrapper translates it). `key` names a message of the "errors" namespace;
 * a refusal from `network` (lib/federation/instance.ts) is one too, or a sentence.
 */
async function failed(key: string, values?: Record<string, string>): Promise<LookupResult> {
  const t = await getTranslations("errors");
  return { ok: false, message: t.has(key as never) ? t(key as never, values as never) : key };
}

/**
 * Finds a profile on another server by handle: WebFinger, then its actor
 * document (signed fetches, Fedify's loader). In the local two-server test
 * setup WebFinger is asked over http; everywhere else over https. Runs during
 * a request (search, the remote profile page): a failure's message is translated.
 */
export async function lookupRemoteActor(ctx: ChorusContext, input: string, now = new Date(), options: { network?: () => Promise<string | null> } = {}): Promise<LookupResult> {
  const handle = parseHandle(input);
  if (!handle) return await failed("federation.notAHandle");
  const { db, config } = ctx.data;
  if (handle.host === config.host) return await failed("federation.onThisServer");
  if (await isBlocked(db, config, `https://${handle.host}/`)) return await failed("federation.domainBlocked");
  const known = (await db.select().from(remoteActors).where(eq(remoteActors.handle, `${handle.user}@${handle.host}`)).limit(1))[0];
  if (known && now.getTime() - known.fetchedAt.getTime() < FRESH_MS) return { ok: true, actor: known, fetched: false };
  // Asking another server costs it and us: the caller may refuse (signed out, too many lookups).
  const refusal = options.network ? await options.network() : null;
  if (refusal) return known ? { ok: true, actor: known, fetched: false } : await failed(refusal);
  let actor: Actor | null = null;
  try {
    let actorUrl: string | null = null;
    if (config.local) {
      const res = await fetch(`http://${handle.host}/.well-known/webfinger?resource=${encodeURIComponent(`acct:${handle.user}@${handle.host}`)}`, { headers: { accept: "application/jrd+json" }, signal: AbortSignal.timeout(8000) });
      const jrd = res.ok ? ((await res.json()) as { links?: { rel?: string; type?: string; href?: string }[] }) : null;
      actorUrl = jrd?.links?.find((l) => l.rel === "self" && /activity\+json|ld\+json/.test(l.type ?? ""))?.href ?? null;
    }
    const found = await ctx.lookupObject(actorUrl ?? `@${handle.user}@${handle.host}`, { signal: AbortSignal.timeout(8000) });
    actor = isActor(found) ? found : null;
  } catch {
    actor = null;
  }
  if (!actor) return known ? { ok: true, actor: known, fetched: false } : await failed("federation.lookupFailed", { handle: `${handle.user}@${handle.host}` });
  if (await isBlocked(db, config, actor.id)) return await failed("federation.domainBlocked");
  const row = await upsertRemoteActor(db, config, actor, now);
  return row ? { ok: true, actor: row, fetched: true } : await failed("federation.cannotFollow");
}

/** Reads the first page of a remote actor's outbox into remote_posts (public posts only). */
export async function refreshRecentPosts(ctx: ChorusContext, actor: RemoteActorRow): Promise<number> {
  if (!actor.outbox) return 0;
  let stored = 0;
  try {
    const outbox = await ctx.lookupObject(actor.outbox, { signal: AbortSignal.timeout(8000) });
    if (!outbox || !("getFirst" in outbox)) return 0;
    const collection = outbox as unknown as { getFirst(): Promise<unknown>; getItems(): AsyncIterable<unknown> };
    const first = (await collection.getFirst().catch(() => null)) as { getItems(): AsyncIterable<unknown> } | null;
    const source = first ?? collection;
    for await (const item of source.getItems()) {
      if (stored >= RECENT_POSTS) break;
      const object = item instanceof Create ? await item.getObject(ctx).catch(() => null) : item;
      if (isPostObject(object) && isPublic(object) && (await storeRemotePost(ctx.data.db, actor, object))) stored += 1;
    }
  } catch {
    return stored;
  }
  return stored;
}

export async function recentPostsOf(db: ChorusDb, actorId: string, limit = RECENT_POSTS) {
  return await db.select().from(remotePosts).where(and(eq(remotePosts.actorId, actorId), isNull(remotePosts.deletedAt))).orderBy(desc(remotePosts.publishedAt)).limit(limit);
}

export type FollowResult = { ok: true; state: "pending" | "accepted" | "none"; message: string } | { ok: false; message: string };

/**
 * A local listener follows (or stops following) someone on another server. Called by
 * remoteFollowAction: fixed messages are keys of the "errors" namespace (the mutation
 * wrapper translates them), messages with a name are translated here.
 */
export async function setRemoteFollow(ctx: ChorusContext, profileId: string, actorId: string, follow: boolean): Promise<FollowResult> {
  const { db, config } = ctx.data;
  const actor = (await db.select().from(remoteActors).where(eq(remoteActors.id, actorId)).limit(1))[0];
  if (!actor) return { ok: false, message: "federation.actorGone" };
  const existing = (await db.select().from(remoteFollows).where(and(eq(remoteFollows.profileId, profileId), eq(remoteFollows.actorId, actor.id))).limit(1))[0];
  const recipient = { id: new URL(actor.uri), inboxId: new URL(actor.inbox), endpoints: actor.sharedInbox ? { sharedInbox: new URL(actor.sharedInbox) } : null };
  if (!follow) {
    if (!existing) return { ok: true, state: "none", message: "federation.notFollowing" };
    await db.delete(remoteFollows).where(and(eq(remoteFollows.profileId, profileId), eq(remoteFollows.actorId, actor.id)));
    const me = ctx.getActorUri(profileId);
    const undone = new Follow({ id: new URL(existing.followUri), actor: me, object: new URL(actor.uri) });
    await ctx.sendActivity({ identifier: profileId }, recipient, new Undo({ id: new URL(`${existing.followUri}/undo`), actor: me, object: undone }));
    return { ok: true, state: "none", message: (await getTranslations("errors"))("federation.unfollowed", { name: actor.name }) };
  }
  if (await isBlocked(db, config, actor.uri)) return { ok: false, message: "federation.domainBlocked" };
  if (!(await federatedProfile(db, profileId))) return { ok: false, message: "federation.needsPublicProfile" };
  if (existing) return { ok: true, state: existing.state, message: existing.state === "accepted" ? "federation.following" : "federation.requested" };
  const me = ctx.getActorUri(profileId);
  const followUri = `${me.href}/follows/${newId()}`;
  await db.insert(remoteFollows).values({ profileId, actorId: actor.id, followUri, state: "pending" }).onConflictDoNothing();
  await ctx.sendActivity({ identifier: profileId }, recipient, new Follow({ id: new URL(followUri), actor: me, object: new URL(actor.uri) }));
  return { ok: true, state: "pending", message: (await getTranslations("errors"))("federation.requestSent", { handle: actor.handle }) };
}
