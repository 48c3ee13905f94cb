import { and, eq, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profileGenres, profiles } from "@/db/schema";

/** The page if (and only if) this account manages it. Listener profiles are edited elsewhere. */
export async function managedPage(database: ChorusDb, userId: string, profileId: string) {
  return (await database
    .select()
    .from(profiles)
    .where(and(eq(profiles.id, profileId), eq(profiles.ownerId, userId), ne(profiles.kind, "listener"))).limit(1))[0] ?? null;
}

export async function replaceGenres(database: ChorusDb, profileId: string, genres: string[]) {
  await database.delete(profileGenres).where(eq(profileGenres.profileId, profileId));
  if (genres.length) await database.insert(profileGenres).values(genres.map((genre, position) => ({ profileId, genre, position })));
}
