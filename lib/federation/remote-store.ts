import { Application, Article, Audio, Document, Event, Group, Image, Link, Note, Organization, Page, Person, Service, Video, type Actor, type Object as ApObject } from "@fedify/vocab";
import { validatePublicUrl } from "@fedify/vocab-runtime";
import { and, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { federationBlocks, remoteActors, remotePosts } from "@/db/schema";
import { hostMatches, type FederationConfig } from "./config";
import { plainText, safeUrl, sanitizeRemoteHtml } from "./sanitize";

export type RemoteActorRow = typeof remoteActors.$inferSelect;

/** The server's block list as a test of one address: a domain (and its subdomains) or an actor, from the environment or Moderation. */
export async function blockList(db: ChorusDb, config: Pick<FederationConfig, "blockedDomains">): Promise<(uri: URL | string | null | undefined) => boolean> {
  const blocks = (await db.select({ target: federationBlocks.target }).from(federationBlocks)).map((b) => b.target);
  return (uri) => {
    if (!uri) return true;
    let url: URL;
    try {
      url = new URL(String(uri));
    } catch {
      return true;
    }
    return config.blockedDomains.some((d) => hostMatches(url.host, d)) || blocks.some((b) => (b.includes("/") ? b === url.href : hostMatches(url.host, b)));
  };
}

/** Refused: one address on the server's block list. */
export async function isBlocked(db: ChorusDb, config: Pick<FederationConfig, "blockedDomains">, uri: URL | string | null | undefined): Promise<boolean> {
  return (await blockList(db, config))(uri);
}

const urlOf = (value: URL | Link | null | undefined): string | null => (value instanceof Link ? safeUrl(value.href) : safeUrl(value));
const text = (value: unknown) => (value == null ? "" : String(value));
const toDate = (instant: { epochMilliseconds: number } | null | undefined) => (instant ? new Date(instant.epochMilliseconds) : null);

export function actorType(actor: Actor): string {
  return actor instanceof Organization ? "Organization" : actor instanceof Group ? "Group" : actor instanceof Service ? "Service" : actor instanceof Application ? "Application" : actor instanceof Person ? "Person" : "Actor";
}

/**
 * Where deliveries to an actor may go: on the actor's own host (or a subdomain
 * of it) and, outside the local test setup, a public address. Anything else
 * would let a remote document aim this server's POSTs at a third party or at
 * the private network.
 */
export async function deliverableInbox(value: URL | null | undefined, actorUri: URL, config: Pick<FederationConfig, "local" | "host">): Promise<string | null> {
  const url = safeUrl(value);
  if (!url) return null;
  const host = new URL(url).host;
  if (host === config.host || (host !== actorUri.host && !host.endsWith(`.${actorUri.host}`))) return null;
  if (!config.local) {
    try {
      await validatePublicUrl(url);
    } catch {
      return null;
    }
  }
  return url;
}

/** Stores (or refreshes) what we show of a remote actor. Null when it has no id or no inbox we may deliver to, or is one of ours. */
export async function upsertRemoteActor(db: ChorusDb, config: Pick<FederationConfig, "local" | "host">, actor: Actor, now = new Date()): Promise<RemoteActorRow | null> {
  const uri = actor.id;
  if (!uri || uri.host === config.host) return null;
  const inbox = await deliverableInbox(actor.inboxId, uri, config);
  if (!inbox) return null;
  const username = plainText(text(actor.preferredUsername), 100) || uri.pathname.split("/").filter(Boolean).pop() || "actor";
  let iconUrl: string | null = null;
  try {
    const icon = await actor.getIcon();
    iconUrl = icon ? urlOf(icon.url as URL | Link | null) : null;
  } catch {
    iconUrl = null;
  }
  const values = {
    uri: uri.href,
    handle: `${username}@${uri.host}`,
    host: uri.host,
    type: actorType(actor),
    name: plainText(text(actor.name), 100) || username,
    summaryHtml: sanitizeRemoteHtml(text(actor.summary), 4000),
    iconUrl,
    url: urlOf(actor.url as URL | Link | null) ?? uri.href,
    inbox,
    sharedInbox: await deliverableInbox(actor.endpoints?.sharedInbox, uri, config),
    outbox: safeUrl(actor.outboxId),
    fetchedAt: now,
  };
  const { uri: _uri, ...changes } = values;
  void _uri;
  return (await db.insert(remoteActors).values(values).onConflictDoUpdate({ target: remoteActors.uri, set: changes }).returning())[0] ?? null;
}

export const POST_TYPES = [Note, Article, Page, Event, Audio, Video] as const;
export const isPostObject = (object: unknown): object is ApObject => POST_TYPES.some((T) => object instanceof T);

/** Addressed to everyone (not followers-only or direct). */
export function isPublic(object: { toIds: URL[]; ccIds: URL[] }): boolean {
  return [...object.toIds, ...object.ccIds].some((u) => u.href === "https://www.w3.org/ns/activitystreams#Public" || u.href === "as:Public");
}

/** Stores (or updates) a public post of a remote actor, sanitized. Ignores anything not attributed to that actor. */
export async function storeRemotePost(db: ChorusDb, actor: RemoteActorRow, object: ApObject, now = new Date()): Promise<boolean> {
  const uri = object.id;
  if (!uri || !isPostObject(object)) return false;
  if (!object.attributionIds.some((u) => u.href === actor.uri)) return false;
  if (new URL(actor.uri).origin !== uri.origin) return false;
  let imageUrl: string | null = null;
  try {
    for await (const a of object.getAttachments()) {
      if (a instanceof Image || (a instanceof Document && /^image\//.test(text(a.mediaType)))) {
        imageUrl = urlOf((a as Document).url as URL | Link | null);
        if (imageUrl) break;
      }
    }
  } catch {
    imageUrl = null;
  }
  let location: string | null = null;
  let startsAt: Date | null = null;
  if (object instanceof Event) {
    startsAt = toDate(object.startTime);
    try {
      const place = await object.getLocation();
      location = place && "name" in place ? plainText(text(place.name), 200) || null : null;
    } catch {
      location = null;
    }
  }
  const values = {
    actorId: actor.id,
    uri: uri.href,
    url: urlOf(object.url as URL | Link | null) ?? uri.href,
    type: object instanceof Event ? "Event" : object instanceof Article ? "Article" : object instanceof Audio ? "Audio" : object instanceof Video ? "Video" : "Note",
    name: plainText(text(object.name), 200) || null,
    contentHtml: sanitizeRemoteHtml(text(object.content)),
    imageUrl,
    startsAt,
    location,
    publishedAt: toDate(object.published) ?? now,
    updatedAt: toDate(object.updated),
    deletedAt: null,
  };
  const { uri: _u, actorId: _a, ...changes } = values;
  void _u;
  void _a;
  // An update may only touch the post of the same actor.
  const existing = (await db.select({ actorId: remotePosts.actorId }).from(remotePosts).where(eq(remotePosts.uri, uri.href)).limit(1))[0];
  if (existing && existing.actorId !== actor.id) return false;
  await db.insert(remotePosts).values(values).onConflictDoUpdate({ target: remotePosts.uri, set: changes });
  return true;
}

export async function remoteActorByUri(db: ChorusDb, uri: URL | string): Promise<RemoteActorRow | null> {
  return (await db.select().from(remoteActors).where(eq(remoteActors.uri, String(uri))).limit(1))[0] ?? null;
}

export async function markRemotePostDeleted(db: ChorusDb, actorId: string, uri: string, now = new Date()): Promise<void> {
  await db.update(remotePosts).set({ deletedAt: now }).where(and(eq(remotePosts.actorId, actorId), eq(remotePosts.uri, uri)));
}
