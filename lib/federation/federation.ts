import { createFederation, SendActivityError, type Context, type Federation, type RetryPolicy } from "@fedify/fedify";
import {
  Accept,
  Create,
  Delete,
  Endpoints,
  Event,
  Follow,
  Image,
  isActor,
  Note,
  Organization,
  Person,
  Place,
  PropertyValue,
  PUBLIC_COLLECTION,
  Reject,

  Undo,
  Update,
  type Recipient,
} from "@fedify/vocab";
import { Temporal } from "@js-temporal/polyfill";
import { and, count, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, follows, inboxFailures, profiles, remoteActors, remoteFollowers, remoteFollows, remotePosts } from "@/db/schema";
import { escapeHtml } from "@/lib/html";
import { actorKeyPairs, federatable, federatedProfile, federatedProfileByHandle, type FederatedProfile } from "./actors";
import type { FederationConfig } from "./config";
import { describeActivities, FEDERATED_VERBS, type ActivityRow, type PublicObject } from "./objects";
import { blockList, isBlocked, isPostObject, isPublic, markRemotePostDeleted, remoteActorByUri, storeRemotePost, upsertRemoteActor } from "./remote-store";
import { DbKvStore, DbMessageQueue } from "./store";

export type FederationData = { db: ChorusDb; config: FederationConfig };
export type ChorusFederation = Federation<FederationData>;
export type ChorusContext = Context<FederationData>;

const PAGE = 20;
const DAY_MS = 86_400_000;

/** A failing inbox is retried with backoff for a day, then given up on (and marked failing). */
export const retryPolicy: RetryPolicy = ({ elapsedTime, attempts }) => {
  if (elapsedTime.total("millisecond") > DAY_MS) return null;
  return Temporal.Duration.from({ seconds: Math.min(30 * 2 ** attempts, 2 * 3600) });
};

const instant = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime());
const absolute = (origin: string, path: string) => new URL(path, origin);

function bioHtml(bio: string): string {
  return bio
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** The ActivityStreams object of a published thing: a Note, or an Event for a show. */
export function toApObject(ctx: ChorusContext, o: PublicObject): Note | Event {
  const common = {
    id: objectUri(ctx, o),
    attribution: ctx.getActorUri(o.actorId),
    to: PUBLIC_COLLECTION,
    cc: ctx.getFollowersUri(o.actorId),
    name: o.name || null,
    content: o.contentHtml,
    url: new URL(o.url),
    published: instant(o.published),
    updated: o.updated ? instant(o.updated) : null,
    attachments: o.imageUrl ? [new Image({ url: new URL(o.imageUrl), mediaType: "image/webp", name: o.imageAlt || null })] : [],
    duration: o.durationMs ? Temporal.Duration.from({ seconds: Math.round(o.durationMs / 1000) }) : null,
  };
  if (o.type === "Event") {
    return new Event({ ...common, startTime: o.startsAt ? instant(o.startsAt) : null, location: o.location ? new Place({ name: o.location }) : null });
  }
  return new Note(common);
}

export function objectUri(ctx: ChorusContext, o: Pick<PublicObject, "type" | "activityId">): URL {
  return o.type === "Event" ? ctx.getObjectUri(Event, { id: o.activityId }) : ctx.getObjectUri(Note, { id: o.activityId });
}

async function describeOne(ctx: ChorusContext, activityId: string): Promise<PublicObject | null> {
  const db = ctx.data.db;
  const row = (
    await db
      .select({ id: activities.id, actorId: activities.actorId, verb: activities.verb, objectType: activities.objectType, objectId: activities.objectId, createdAt: activities.createdAt })
      .from(activities)
      .innerJoin(profiles, eq(profiles.id, activities.actorId))
      .where(and(eq(activities.id, activityId), inArray(activities.verb, FEDERATED_VERBS), isNull(activities.deletedAt), lte(activities.createdAt, new Date()), federatable()))
      .limit(1)
  )[0];
  if (!row) return null;
  return (await describeActivities(db, [row], ctx.data.config.origin)).get(row.id) ?? null;
}

export function actorDocument(ctx: ChorusContext, p: FederatedProfile, keys: Awaited<ReturnType<ChorusContext["getActorKeyPairs"]>>) {
  const origin = ctx.data.config.origin;
  const Kind = p.kind === "label" || p.kind === "publication" ? Organization : Person;
  return new Kind({
    id: ctx.getActorUri(p.id),
    preferredUsername: p.handle,
    name: p.name,
    summary: bioHtml(p.bio) || null,
    url: absolute(origin, `/@${p.handle}`),
    icon: p.avatarId ? new Image({ url: absolute(origin, `/api/media/${p.avatarId}?w=400`), mediaType: "image/webp" }) : null,
    image: p.bannerId ? new Image({ url: absolute(origin, `/api/media/${p.bannerId}?w=1500`), mediaType: "image/webp" }) : null,
    attachments: p.links.map((l) => new PropertyValue({ name: l.label || "Link", value: `<a href="${escapeHtml(l.url)}" rel="me nofollow noopener noreferrer" target="_blank">${escapeHtml(l.url.replace(/^https?:\/\//, ""))}</a>` })),
    inbox: ctx.getInboxUri(p.id),
    outbox: ctx.getOutboxUri(p.id),
    followers: ctx.getFollowersUri(p.id),
    following: ctx.getFollowingUri(p.id),
    endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
    publicKey: keys[0]?.cryptographicKey ?? null,
    assertionMethods: keys.map((k) => k.multikey),
    manuallyApprovesFollowers: false,
    discoverable: true,
    indexable: true,
    published: instant(p.createdAt),
  });
}

/**
 * One page of a profile's followers or follows as other servers see them:
 * local profiles that are actors and do not keep their follows private (as on
 * the profile page), and on the first page the remote ones (followers, or
 * accepted follows).
 */
async function followPage(db: ChorusDb, profileId: string, direction: "followers" | "following", offset: number) {
  const [mine, theirs] = direction === "followers" ? [follows.followeeId, follows.followerId] : [follows.followerId, follows.followeeId];
  const local = await db
    .select({ id: profiles.id })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, theirs))
    .where(and(eq(mine, profileId), federatable(), eq(profiles.hideFollows, false)))
    .orderBy(desc(follows.createdAt))
    .limit(PAGE + 1)
    .offset(offset);
  const remote =
    offset > 0
      ? []
      : direction === "followers"
        ? await db.select({ uri: remoteActors.uri, inbox: remoteActors.inbox }).from(remoteFollowers).innerJoin(remoteActors, eq(remoteActors.id, remoteFollowers.actorId)).where(eq(remoteFollowers.profileId, profileId)).limit(200)
        : await db.select({ uri: remoteActors.uri, inbox: remoteActors.inbox }).from(remoteFollows).innerJoin(remoteActors, eq(remoteActors.id, remoteFollows.actorId)).where(and(eq(remoteFollows.profileId, profileId), eq(remoteFollows.state, "accepted"))).limit(200);
  return { local: local.slice(0, PAGE).map((r) => r.id), remote, next: local.length > PAGE ? String(offset + PAGE) : null };
}

/** Everyone on other servers who gets a profile's public activity (shared inboxes are preferred when sending). */
export async function remoteRecipients(db: ChorusDb, config: FederationConfig, profileId: string, now = new Date()): Promise<Recipient[]> {
  const rows = await db
    .select({ uri: remoteActors.uri, inbox: remoteActors.inbox, sharedInbox: remoteActors.sharedInbox })
    .from(remoteFollowers)
    .innerJoin(remoteActors, eq(remoteActors.id, remoteFollowers.actorId))
    .where(eq(remoteFollowers.profileId, profileId));
  const failing = new Set(
    (await db.select({ inbox: inboxFailures.inbox }).from(inboxFailures).where(gt(inboxFailures.markedFailingAt, new Date(now.getTime() - 7 * DAY_MS)))).map((r) => r.inbox),
  );
  const blocked = await blockList(db, config);
  const out: Recipient[] = [];
  for (const r of rows) {
    if (failing.has(r.sharedInbox ?? r.inbox) || blocked(r.uri)) continue;
    out.push({ id: new URL(r.uri), inboxId: new URL(r.inbox), endpoints: r.sharedInbox ? { sharedInbox: new URL(r.sharedInbox) } : null });
  }
  return out;
}

/** Records a failed delivery; an inbox failing for a day is marked and skipped for a week. */
export async function recordDeliveryFailure(db: ChorusDb, inbox: string, message: string, now = new Date()): Promise<void> {
  const existing = (await db.select().from(inboxFailures).where(eq(inboxFailures.inbox, inbox)).limit(1))[0];
  const failingSince = existing?.failingSince ?? now;
  const markedFailingAt = existing?.markedFailingAt ?? (now.getTime() - failingSince.getTime() >= DAY_MS ? now : null);
  await db
    .insert(inboxFailures)
    .values({ inbox, failingSince, lastError: message.slice(0, 500), markedFailingAt })
    .onConflictDoUpdate({ target: inboxFailures.inbox, set: { lastError: message.slice(0, 500), markedFailingAt } });
}

/** A server that talks to us again is not failing. */
async function clearFailures(db: ChorusDb, host: string): Promise<void> {
  await db.delete(inboxFailures).where(or(sql`${inboxFailures.inbox} LIKE ${`https://${host}/%`}`, sql`${inboxFailures.inbox} LIKE ${`http://${host}/%`}`));
}

export function buildFederation(db: ChorusDb, config: FederationConfig, queueOptions: { pollMs?: number; concurrency?: number } = {}): ChorusFederation {
  const federation = createFederation<FederationData>({
    kv: new DbKvStore(db),
    queue: new DbMessageQueue(db, queueOptions),
    manuallyStartQueue: true,
    origin: config.origin,
    allowPrivateAddress: config.local,
    userAgent: { software: "Chorus/0.1", url: new URL(config.origin) },
    outboxRetryPolicy: retryPolicy,
    onOutboxError: async (error) => {
      if (error instanceof SendActivityError) await recordDeliveryFailure(db, error.inbox.href, `${error.statusCode} ${error.message}`).catch(() => undefined);
      else console.error("federation: delivery failed", error.message);
    },
  });

  federation
    .setActorDispatcher("/ap/actors/{identifier}", async (ctx, identifier) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      return actorDocument(ctx, p, await ctx.getActorKeyPairs(identifier));
    })
    .setKeyPairsDispatcher(async (ctx, identifier) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      return p ? await actorKeyPairs(ctx.data.db, p.id) : [];
    })
    .mapHandle(async (ctx, username) => (await federatedProfileByHandle(ctx.data.db, username))?.id ?? null);

  federation
    .setFollowersDispatcher("/ap/actors/{identifier}/followers", async (ctx, identifier, cursor) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      // Counts only when the profile keeps its lists to itself; never private listeners.
      if (p.hideFollows || cursor === null) return { items: [] };
      const page = await followPage(ctx.data.db, p.id, "followers", Number(cursor) || 0);
      const items: Recipient[] = [
        ...page.local.map((id) => ({ id: ctx.getActorUri(id), inboxId: ctx.getInboxUri(id), endpoints: { sharedInbox: ctx.getInboxUri() } })),
        ...page.remote.map((r) => ({ id: new URL(r.uri), inboxId: new URL(r.inbox) })),
      ];
      return { items, nextCursor: page.next };
    })
    .setFirstCursor(() => "0")
    .setCounter(async (ctx, identifier) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      const remote = (await ctx.data.db.select({ n: count() }).from(remoteFollowers).where(eq(remoteFollowers.profileId, p.id)))[0]?.n ?? 0;
      return p.followerCount + Number(remote);
    });

  federation
    .setFollowingDispatcher("/ap/actors/{identifier}/following", async (ctx, identifier, cursor) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      if (p.hideFollows || cursor === null) return { items: [] };
      const page = await followPage(ctx.data.db, p.id, "following", Number(cursor) || 0);
      return { items: [...page.local.map((id) => ctx.getActorUri(id)), ...page.remote.map((r) => new URL(r.uri))], nextCursor: page.next };
    })
    .setFirstCursor(() => "0")
    .setCounter(async (ctx, identifier) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      const remote = (await ctx.data.db.select({ n: count() }).from(remoteFollows).where(and(eq(remoteFollows.profileId, p.id), eq(remoteFollows.state, "accepted"))))[0]?.n ?? 0;
      return p.followingCount + Number(remote);
    });

  federation
    .setOutboxDispatcher("/ap/actors/{identifier}/outbox", async (ctx, identifier, cursor) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      if (cursor === null) return { items: [] };
      const before = cursor ? new Date(Number(cursor)) : new Date();
      const rows: ActivityRow[] = await ctx.data.db
        .select({ id: activities.id, actorId: activities.actorId, verb: activities.verb, objectType: activities.objectType, objectId: activities.objectId, createdAt: activities.createdAt })
        .from(activities)
        .where(and(eq(activities.actorId, p.id), inArray(activities.verb, FEDERATED_VERBS), isNull(activities.deletedAt), lte(activities.createdAt, new Date()), cursor ? lt(activities.createdAt, before) : undefined))
        .orderBy(desc(activities.createdAt))
        .limit(PAGE);
      const described = await describeActivities(ctx.data.db, rows, ctx.data.config.origin);
      const items = rows.flatMap((r) => {
        const o = described.get(r.id);
        if (!o) return [];
        const object = toApObject(ctx, o);
        return [new Create({ id: new URL(`${object.id!.href}#create`), actor: ctx.getActorUri(p.id), object, to: PUBLIC_COLLECTION, cc: ctx.getFollowersUri(p.id), published: instant(o.published) })];
      });
      return { items, nextCursor: rows.length === PAGE ? String(rows[rows.length - 1].createdAt.getTime()) : null };
    })
    .setFirstCursor(() => "")
    .setCounter(async (ctx, identifier) => {
      const p = await federatedProfile(ctx.data.db, identifier);
      if (!p) return null;
      return Number((await ctx.data.db.select({ n: count() }).from(activities).where(and(eq(activities.actorId, p.id), inArray(activities.verb, FEDERATED_VERBS), isNull(activities.deletedAt), lte(activities.createdAt, new Date()))))[0]?.n ?? 0);
    });

  federation.setObjectDispatcher(Note, "/ap/objects/{id}", async (ctx, { id }) => {
    const o = await describeOne(ctx, id);
    return o && o.type === "Note" ? (toApObject(ctx, o) as Note) : null;
  });
  federation.setObjectDispatcher(Event, "/ap/events/{id}", async (ctx, { id }) => {
    const o = await describeOne(ctx, id);
    return o && o.type === "Event" ? (toApObject(ctx, o) as Event) : null;
  });

  federation.setNodeInfoDispatcher("/ap/nodeinfo/2.1", async (ctx) => {
    const db = ctx.data.db;
    const now = new Date();
    const users = Number((await db.select({ n: count() }).from(profiles).where(and(eq(profiles.kind, "listener"), isNull(profiles.deletedAt))))[0]?.n ?? 0);
    const active = async (days: number) =>
      Number((await db.select({ n: sql<number>`count(DISTINCT ${activities.actorId})`.mapWith(Number) }).from(activities).where(gt(activities.createdAt, new Date(now.getTime() - days * DAY_MS))))[0]?.n ?? 0);
    const posts = Number((await db.select({ n: count() }).from(activities).where(and(inArray(activities.verb, FEDERATED_VERBS), isNull(activities.deletedAt), lte(activities.createdAt, now))))[0]?.n ?? 0);
    return {
      software: { name: "chorus", version: "0.1.0", homepage: new URL(ctx.data.config.origin) },
      protocols: ["activitypub"],
      openRegistrations: true,
      usage: { users: { total: users, activeMonth: await active(30), activeHalfyear: await active(182) }, localPosts: posts, localComments: 0 },
      metadata: { nodeName: "Chorus" },
    };
  });

  federation
    .setInboxListeners("/ap/actors/{identifier}/inbox", "/ap/inbox")
    .on(Follow, async (ctx, follow) => {
      const db = ctx.data.db;
      if (!follow.id || !follow.actorId || !follow.objectId || (await isBlocked(db, ctx.data.config, follow.actorId))) return;
      const target = ctx.parseUri(follow.objectId);
      if (target?.type !== "actor") return;
      const profile = await federatedProfile(db, target.identifier);
      if (!profile) return;
      const follower = await follow.getActor(ctx);
      if (!follower || !isActor(follower)) return;
      const remote = await upsertRemoteActor(db, ctx.data.config, follower);
      if (!remote) return;
      await clearFailures(db, remote.host);
      await db.insert(remoteFollowers).values({ profileId: profile.id, actorId: remote.id, followUri: follow.id.href }).onConflictDoUpdate({ target: [remoteFollowers.profileId, remoteFollowers.actorId], set: { followUri: follow.id.href } });
      await ctx.sendActivity({ identifier: profile.id }, follower, new Accept({ id: new URL(`#accept/${encodeURIComponent(follow.id.href)}`, ctx.getActorUri(profile.id)), actor: ctx.getActorUri(profile.id), object: follow }));
    })
    .on(Undo, async (ctx, undo) => {
      const db = ctx.data.db;
      if (!undo.actorId) return;
      const object = await undo.getObject(ctx).catch(() => null);
      if (!(object instanceof Follow) || object.actorId?.href !== undo.actorId.href || !object.objectId) return;
      const target = ctx.parseUri(object.objectId);
      if (target?.type !== "actor") return;
      const remote = await remoteActorByUri(db, undo.actorId);
      if (remote) await db.delete(remoteFollowers).where(and(eq(remoteFollowers.profileId, target.identifier), eq(remoteFollowers.actorId, remote.id)));
    })
    .on(Accept, async (ctx, accept) => {
      const db = ctx.data.db;
      if (!accept.actorId || !accept.objectId) return;
      const remote = await remoteActorByUri(db, accept.actorId);
      if (!remote) return;
      await db.update(remoteFollows).set({ state: "accepted" }).where(and(eq(remoteFollows.actorId, remote.id), eq(remoteFollows.followUri, accept.objectId.href)));
    })
    .on(Reject, async (ctx, reject) => {
      const db = ctx.data.db;
      if (!reject.actorId || !reject.objectId) return;
      const remote = await remoteActorByUri(db, reject.actorId);
      if (remote) await db.delete(remoteFollows).where(and(eq(remoteFollows.actorId, remote.id), eq(remoteFollows.followUri, reject.objectId.href)));
    })
    .on(Create, async (ctx, create) => {
      const db = ctx.data.db;
      if (!create.actorId || (await isBlocked(db, ctx.data.config, create.actorId))) return;
      const remote = await remoteActorByUri(db, create.actorId);
      // Only posts of people someone here follows are kept.
      if (!remote || !(await db.select({ a: remoteFollows.actorId }).from(remoteFollows).where(eq(remoteFollows.actorId, remote.id)).limit(1)).length) return;
      const object = await create.getObject(ctx).catch(() => null);
      if (isPostObject(object) && isPublic(object)) await storeRemotePost(db, remote, object);
    })
    .on(Update, async (ctx, update) => {
      const db = ctx.data.db;
      if (!update.actorId || (await isBlocked(db, ctx.data.config, update.actorId))) return;
      const object = await update.getObject(ctx).catch(() => null);
      if (isActor(object)) {
        if (object.id?.href === update.actorId.href && (await remoteActorByUri(db, object.id))) await upsertRemoteActor(db, ctx.data.config, object);
        return;
      }
      const remote = await remoteActorByUri(db, update.actorId);
      if (!remote || !isPostObject(object) || !object.id) return;
      const known = (await db.select({ id: remotePosts.id }).from(remotePosts).where(and(eq(remotePosts.uri, object.id.href), eq(remotePosts.actorId, remote.id))).limit(1))[0];
      if (known) await storeRemotePost(db, remote, object);
    })
    .on(Delete, async (ctx, del) => {
      const db = ctx.data.db;
      if (!del.actorId || !del.objectId) return;
      const remote = await remoteActorByUri(db, del.actorId);
      if (!remote) return;
      // An account deleted on its server: its follows, followers and posts go too.
      if (del.objectId.href === del.actorId.href) await db.delete(remoteActors).where(eq(remoteActors.id, remote.id));
      else await markRemotePostDeleted(db, remote.id, del.objectId.href);
    })
    .onError((_ctx, error) => console.error("federation: inbox error", error));

  return federation;
}


