import { Create, Delete, Event, Note, PUBLIC_COLLECTION, Tombstone, Update } from "@fedify/vocab";
import { Temporal } from "@js-temporal/polyfill";
import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, federationOutbox, profiles } from "@/db/schema";
import type { FederationOutboxKind } from "@/db/schema/enums";
import { federatable, federatedProfile } from "./actors";
import type { FederationConfig } from "./config";
import { actorDocument, remoteRecipients, toApObject, type ChorusContext, type ChorusFederation } from "./federation";
import { describeActivities, FEDERATED_VERBS } from "./objects";
import { DbKvStore } from "./store";

/** How far back a due activity is still sent as new (the worker was down, a scheduled release came due). */
const CATCH_UP_MS = 86_400_000;
const BATCH = 50;

/**
 * The worker's side of publishing: new public activity of profiles with
 * followers elsewhere becomes a Create (one outbox row each, claimed once even
 * with several workers), queued changes become Update or Delete. Sending hands
 * the activity to Fedify's queue, which fans out per shared inbox.
 */
export async function publishPending(db: ChorusDb, federation: ChorusFederation, config: FederationConfig, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: activities.id })
    .from(activities)
    .innerJoin(profiles, eq(profiles.id, activities.actorId))
    .where(
      and(
        inArray(activities.verb, FEDERATED_VERBS),
        isNull(activities.deletedAt),
        lte(activities.createdAt, now),
        gt(activities.createdAt, new Date(now.getTime() - CATCH_UP_MS)),
        federatable(now),
        // Sent to followers who followed before it happened; later ones read the outbox.
        sql`EXISTS (SELECT 1 FROM remote_followers rf WHERE rf.profile_id = ${activities.actorId} AND rf.created_at <= ${activities.createdAt})`,
        sql`NOT EXISTS (SELECT 1 FROM federation_outbox fo WHERE fo.activity_id = ${activities.id} AND fo.kind = 'create')`,
      ),
    )
    .limit(BATCH);
  if (due.length) await db.insert(federationOutbox).values(due.map((d) => ({ id: `create-${d.id}`, activityId: d.id, kind: "create" as const }))).onConflictDoNothing();

  const pending = await db.select().from(federationOutbox).where(isNull(federationOutbox.sentAt)).orderBy(asc(federationOutbox.createdAt)).limit(BATCH);
  const ctx = federation.createContext(new URL(config.origin), { db, config });
  let sent = 0;
  for (const row of pending) {
    const claimed = (await db.update(federationOutbox).set({ sentAt: now }).where(and(eq(federationOutbox.id, row.id), isNull(federationOutbox.sentAt))).returning({ id: federationOutbox.id }))[0];
    if (!claimed) continue;
    const recipients = await send(db, ctx, config, row.activityId, row.kind, now);
    await db.update(federationOutbox).set({ recipients }).where(eq(federationOutbox.id, row.id));
    sent += 1;
  }
  return sent;
}

async function send(db: ChorusDb, ctx: ChorusContext, config: FederationConfig, activityId: string, kind: FederationOutboxKind, now: Date): Promise<number> {
  const row = (await db.select().from(activities).where(eq(activities.id, activityId)).limit(1))[0];
  if (!row) return 0;
  const recipients = await remoteRecipients(db, config, row.actorId, now);
  if (!recipients.length) return 0;
  const actor = ctx.getActorUri(row.actorId);
  const followers = ctx.getFollowersUri(row.actorId);
  const stamp = Temporal.Instant.fromEpochMilliseconds(now.getTime());
  const described = kind === "delete" ? undefined : (await describeActivities(db, [row], config.origin, now)).get(row.id);
  let activity: Create | Update | Delete;
  if (kind === "delete" || !described || row.deletedAt) {
    const id = row.objectType === "concert" ? ctx.getObjectUri(Event, { id: row.id }) : ctx.getObjectUri(Note, { id: row.id });
    activity = new Delete({ id: new URL(`${id.href}#delete`), actor, object: new Tombstone({ id }), to: PUBLIC_COLLECTION, cc: followers, published: stamp });
  } else {
    const object = toApObject(ctx, kind === "update" ? { ...described, updated: now } : described);
    activity =
      kind === "create"
        ? new Create({ id: new URL(`${object.id!.href}#create`), actor, object, to: PUBLIC_COLLECTION, cc: followers, published: stamp })
        : new Update({ id: new URL(`${object.id!.href}#update-${now.getTime()}`), actor, object, to: PUBLIC_COLLECTION, cc: followers, published: stamp });
  }
  await ctx.sendActivity({ identifier: row.actorId }, recipients, activity, { preferSharedInbox: true, excludeBaseUris: [new URL(config.origin)] });
  return recipients.length;
}

/**
 * Profile edits (name, bio, picture, links) reach followers elsewhere as an
 * Update of the actor. The last edit sent is remembered per profile; a profile
 * seen for the first time with followers elsewhere is only remembered.
 */
export async function publishActorUpdates(db: ChorusDb, federation: ChorusFederation, config: FederationConfig, now = new Date()): Promise<number> {
  const rows = await db
    .select({ id: profiles.id, updatedAt: profiles.updatedAt })
    .from(profiles)
    .where(and(federatable(now), sql`EXISTS (SELECT 1 FROM remote_followers rf WHERE rf.profile_id = ${profiles.id})`));
  const kv = new DbKvStore(db);
  const ctx = federation.createContext(new URL(config.origin), { db, config });
  let sent = 0;
  for (const row of rows) {
    const key = ["chorus", "actor-sent", row.id] as const;
    const last = await kv.get<number>(key);
    const edited = row.updatedAt.getTime();
    if (last !== undefined && edited > last) {
      const profile = await federatedProfile(db, row.id);
      const actor = profile ? actorDocument(ctx, profile, await ctx.getActorKeyPairs(row.id)) : null;
      const recipients = await remoteRecipients(db, config, row.id, now);
      if (actor && recipients.length) {
        const id = ctx.getActorUri(row.id);
        await ctx.sendActivity({ identifier: row.id }, recipients, new Update({ id: new URL(`${id.href}#update-${edited}`), actor: id, object: actor, to: PUBLIC_COLLECTION, published: Temporal.Instant.fromEpochMilliseconds(now.getTime()) }), { preferSharedInbox: true });
        sent += 1;
      }
    }
    if (last === undefined || edited > last) await kv.set(key, edited);
  }
  return sent;
}
