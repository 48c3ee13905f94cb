import { and, eq, gt, inArray, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { notifications, pageMembers, profiles, type NOTIFICATION_TYPES, type ObjectType } from "@/db/schema";
import { roleMay, type PageAbility } from "@/lib/auth/policy";

type Writer = Pick<ChorusDb, "select" | "insert">;

export type Notice = {
  type: (typeof NOTIFICATION_TYPES)[number];
  actorId: string | null;
  objectType: ObjectType | null;
  objectId: string | null;
  text: string;
  at: Date;
};

// Eight values a row: well under SQLite's bound-parameter limit per statement.
const CHUNK = 500;

/**
 * The one writer of notifications: one per recipient (each at most once per call).
 * With `unlessToldSince`, recipients who were told (this type, this object) after
 * that instant are skipped, so repeating a change cannot ring the same bell again
 * (`new Date(0)`: once ever). Returns how many notifications it wrote.
 */
export async function notify(database: Writer, recipientIds: readonly string[], notice: Notice, { unlessToldSince }: { unlessToldSince?: Date } = {}): Promise<number> {
  let recipients = [...new Set(recipientIds)];
  if (unlessToldSince && recipients.length && notice.objectId) {
    const told = new Set<string>();
    for (let i = 0; i < recipients.length; i += CHUNK) {
      (await database
        .select({ id: notifications.recipientId })
        .from(notifications)
        .where(
          and(
            inArray(notifications.recipientId, recipients.slice(i, i + CHUNK)),
            eq(notifications.type, notice.type),
            eq(notifications.objectId, notice.objectId),
            gt(notifications.createdAt, unlessToldSince),
          ),
        ))
        .forEach((r) => told.add(r.id));
    }
    recipients = recipients.filter((id) => !told.has(id));
  }
  const { at, ...fields } = notice;
  for (let i = 0; i < recipients.length; i += CHUNK) {
    await database
      .insert(notifications)
      .values(recipients.slice(i, i + CHUNK).map((recipientId) => ({ ...fields, recipientId, createdAt: at })));
  }
  return recipients.length;
}

/**
 * Where a page's notices go: the personal profile of its owner and of every
 * member whose role allows `ability` (lib/auth/policy; any role when omitted).
 * A listener profile is its own.
 */
export async function pageManagerRecipients(database: Pick<ChorusDb, "select">, pageId: string, ability?: PageAbility): Promise<string[]> {
  const page = (await database.select({ id: profiles.id, ownerId: profiles.ownerId, kind: profiles.kind }).from(profiles).where(eq(profiles.id, pageId)).limit(1))[0];
  if (!page) return [];
  if (page.kind === "listener") return [page.id];
  const members = (await database
    .select({ userId: pageMembers.userId, role: pageMembers.role })
    .from(pageMembers)
    .where(and(eq(pageMembers.profileId, pageId), eq(pageMembers.status, "active"))))
    .filter((m) => !ability || roleMay(m.role, ability));
  const userIds = [page.ownerId, ...members.map((m) => m.userId)];
  return (await database
    .select({ id: profiles.id })
    .from(profiles)
    .where(and(inArray(profiles.ownerId, userIds), eq(profiles.kind, "listener"), ne(profiles.id, pageId))))
    .map((r) => r.id);
}
