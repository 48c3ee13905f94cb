import "server-only";
import { and, count, desc, eq, isNull, lte } from "drizzle-orm";
import { db } from "@/db";
import { notifications, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { pruneNotifications } from "./fanout";

export async function unreadNotificationCount(profileId: string, now = new Date()): Promise<number> {
  return (await db.select({ n: count() }).from(notifications).where(and(eq(notifications.recipientId, profileId), isNull(notifications.readAt), lte(notifications.createdAt, now))).limit(1))[0]?.n ?? 0;
}

let lastPrune = 0;

export type NotificationItem = {
  id: string;
  type: string;
  text: string;
  createdAt: Date;
  read: boolean;
  href: string | null;
  actor: { handle: string; name: string; avatarUrl: string | null } | null;
};

const hrefFor = (type: string | null, id: string | null, actorHandle: string | null) => {
  if (!type || !id) return actorHandle ? `/@${actorHandle}` : null;
  if (type === "profile" || type === "announcement") return actorHandle ? `/@${actorHandle}` : null;
  if (type === "order") return `/orders/${id}`;
  if (type === "conversation") return `/messages/${id}`;
  if (type === "product") return `/merch/${id}`;
  return `/${type}/${id}`;
};

export async function listNotifications(profileId: string, limit = 50, now = new Date()): Promise<NotificationItem[]> {
  // Pruning rides along with reads, at most hourly.
  if (now.getTime() - lastPrune > 3_600_000) {
    lastPrune = now.getTime();
    await pruneNotifications(db, now);
  }
  return (await db
    .select({ n: notifications, actor: { handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId } })
    .from(notifications)
    .leftJoin(profiles, eq(profiles.id, notifications.actorId))
    .where(and(eq(notifications.recipientId, profileId), lte(notifications.createdAt, now)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit))
    .map(({ n, actor }) => ({
      id: n.id,
      type: n.type,
      text: n.text,
      createdAt: n.createdAt,
      read: n.readAt !== null,
      href: hrefFor(n.objectType, n.objectId, actor?.handle ?? null),
      actor: actor ? { handle: actor.handle, name: actor.name, avatarUrl: mediaUrl(actor.avatarId) } : null,
    }));
}
