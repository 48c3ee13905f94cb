import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { notifications, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

export function unreadNotificationCount(profileId: string): number {
  return db.select({ n: count() }).from(notifications).where(and(eq(notifications.recipientId, profileId), isNull(notifications.readAt))).get()?.n ?? 0;
}

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
  if (type === "profile") return actorHandle ? `/@${actorHandle}` : null;
  return `/${type}/${id}`;
};

export function listNotifications(profileId: string, limit = 50): NotificationItem[] {
  return db
    .select({ n: notifications, actor: { handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId } })
    .from(notifications)
    .leftJoin(profiles, eq(profiles.id, notifications.actorId))
    .where(eq(notifications.recipientId, profileId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all()
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
