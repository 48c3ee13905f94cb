import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db";
import { profiles, users } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { auth } from "./auth";

export type ManagedProfile = { id: string; handle: string; name: string; kind: string; avatarUrl: string | null };

export type Viewer = {
  userId: string;
  country: string | null;
  city: string | null;
  profile: ManagedProfile;
  managed: ManagedProfile[];
};

function toManaged(p: typeof profiles.$inferSelect): ManagedProfile {
  return { id: p.id, handle: p.handle, name: p.name, kind: p.kind, avatarUrl: mediaUrl(p.avatarId) };
}

/** The signed-in account with its listener profile, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = db.select({ id: users.id, country: users.country, city: users.city }).from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const own = db.select().from(profiles).where(and(eq(profiles.ownerId, userId), eq(profiles.kind, "listener"))).get();
  if (!own) return null;
  const managed = db
    .select()
    .from(profiles)
    .where(and(eq(profiles.ownerId, userId), ne(profiles.kind, "listener")))
    .orderBy(asc(profiles.createdAt))
    .all();
  return { userId, country: user.country, city: user.city, profile: toManaged(own), managed: managed.map(toManaged) };
});
