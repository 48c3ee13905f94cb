import { and, asc, eq, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

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

/** An account as a viewer: its listener profile and the pages it manages; null when it is gone. */
export async function viewerForUser(database: ChorusDb, userId: string): Promise<Viewer | null> {
  const user = (await database.select({ id: users.id, country: users.country, city: users.city }).from(users).where(eq(users.id, userId)).limit(1))[0];
  if (!user) return null;
  const own = (await database.select().from(profiles).where(and(eq(profiles.ownerId, userId), eq(profiles.kind, "listener"))).limit(1))[0];
  if (!own) return null;
  const managed = await database
    .select()
    .from(profiles)
    .where(and(eq(profiles.ownerId, userId), ne(profiles.kind, "listener")))
    .orderBy(asc(profiles.createdAt));
  return { userId, country: user.country, city: user.city, profile: toManaged(own), managed: managed.map(toManaged) };
}
