import { and, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, federationOutbox } from "@/db/schema";
import type { FederationOutboxKind, ObjectType } from "@/db/schema/enums";

/**
 * Queues a change of something already sent to other servers: an Update (a
 * show cancelled or moved) or a Delete. Called in the transaction that made the
 * change; the worker sends it.
 */
export async function queueFederationChange(db: ChorusDb, objectType: ObjectType, objectId: string, kind: Exclude<FederationOutboxKind, "create">): Promise<number> {
  const sent = await db
    .select({ activityId: federationOutbox.activityId })
    .from(federationOutbox)
    .innerJoin(activities, eq(activities.id, federationOutbox.activityId))
    .where(and(eq(activities.objectType, objectType), eq(activities.objectId, objectId), eq(federationOutbox.kind, "create")));
  for (const s of sent) await db.insert(federationOutbox).values({ activityId: s.activityId, kind });
  return sent.length;
}
