"use server";

import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { notifications } from "@/db/schema";
import { getViewer } from "@/lib/auth/viewer";

export async function markAllNotificationsReadAction(): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) return;
  db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.recipientId, viewer.profile.id), isNull(notifications.readAt))).run();
  revalidatePath("/", "layout");
}

export async function markNotificationReadAction(id: string): Promise<void> {
  const viewer = await getViewer();
  if (!viewer || typeof id !== "string") return;
  db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, id), eq(notifications.recipientId, viewer.profile.id), isNull(notifications.readAt))).run();
  revalidatePath("/", "layout");
}
