"use server";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { notifications } from "@/db/schema";
import { action } from "@/lib/mutations/guard";

export const markAllNotificationsReadAction = action(
  { name: "notifications.readAll", input: z.unknown(), revalidate: () => ["/"] },
  async (_input, { viewer }) => {
    await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.recipientId, viewer.profile.id), isNull(notifications.readAt)));
    return { ok: true };
  },
);

export const markNotificationReadAction = action(
  // Notification ids are "<id>-<recipient id>" (one fan-out insert per follower).
  { name: "notifications.read", input: z.string().regex(/^[0-9A-Za-z-]{6,80}$/, "common.unknownNotification"), revalidate: () => ["/"] },
  async (id, { viewer }) => {
    await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, id), eq(notifications.recipientId, viewer.profile.id), isNull(notifications.readAt)));
    return { ok: true };
  },
);
