import { and, eq, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profileGenres, profiles } from "@/db/schema";

/** The page if (and only if) this account manages it. Listener profiles are edited elsewhere. */
export function managedPage(database: ChorusDb, userId: string, profileId: string) {
  return database
    .select()
    .from(profiles)
    .where(and(eq(profiles.id, profileId), eq(profiles.ownerId, userId), ne(profiles.kind, "listener")))
    .get() ?? null;
}

export function replaceGenres(database: ChorusDb, profileId: string, genres: string[]) {
  database.delete(profileGenres).where(eq(profileGenres.profileId, profileId)).run();
  if (genres.length) database.insert(profileGenres).values(genres.map((genre, position) => ({ profileId, genre, position }))).run();
}
