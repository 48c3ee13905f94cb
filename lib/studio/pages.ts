import { eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profileGenres } from "@/db/schema";
import { findPage, may, roleOn, type PageAbility, type PageRole } from "@/lib/auth/policy";

/**
 * The page with this account's role on it, if it has one (and, given an ability,
 * if the role allows it there). Listener profiles are edited elsewhere.
 */
export async function managedPage(database: ChorusDb, userId: string, profileId: string, ability?: PageAbility) {
  const page = await findPage(database, profileId);
  const role: PageRole | null = page ? await roleOn(database, page, userId) : null;
  if (!page || !role || (ability && !may(role, page.kind, ability))) return null;
  return { ...page, role };
}

export async function replaceGenres(database: ChorusDb, profileId: string, genres: string[]) {
  await database.delete(profileGenres).where(eq(profileGenres.profileId, profileId));
  if (genres.length) await database.insert(profileGenres).values(genres.map((genre, position) => ({ profileId, genre, position })));
}
