import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { playlists, profiles } from "@/db/schema";
import { containsEveryWord } from "./like";

/**
 * Public playlists whose title holds every word typed (in any order, any
 * case), most followed first. Titles only: a playlist is found by its name,
 * not by the tracks in it.
 */
export async function searchPlaylistIds(database: ChorusDb, query: string, limit = 8): Promise<string[]> {
  const words = containsEveryWord(playlists.title, query);
  if (!words.length || !limit) return [];
  const followers = sql<number>`(SELECT count(*) FROM playlist_follows f WHERE f.playlist_id = ${playlists.id})`;
  return (await database
    .select({ id: playlists.id })
    .from(playlists)
    .innerJoin(profiles, eq(profiles.id, playlists.profileId))
    .where(and(eq(playlists.isPublic, true), isNull(profiles.deletedAt), ...words))
    .orderBy(desc(followers), desc(playlists.updatedAt))
    .limit(limit)).map((r) => r.id);
}
