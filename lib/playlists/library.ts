import { and, desc, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { playlistFollows, playlists, releases, savedReleases } from "@/db/schema";

/** Library's own rows: playlists followed and releases saved (public ones only; your own playlists are already yours). */
export async function setPlaylistFollow(database: ChorusDb, profileId: string, playlistId: string, follow: boolean): Promise<{ ok: true; on: boolean } | { ok: false; message: string }> {
  const playlist = (await database.select({ owner: playlists.profileId, isPublic: playlists.isPublic }).from(playlists).where(eq(playlists.id, playlistId)).limit(1))[0];
  if (!playlist || (!playlist.isPublic && follow)) return { ok: false, message: "playlists.unavailable" };
  if (playlist.owner === profileId) return { ok: false, message: "playlists.ownPlaylist" };
  if (follow) await database.insert(playlistFollows).values({ profileId, playlistId }).onConflictDoNothing();
  else await database.delete(playlistFollows).where(and(eq(playlistFollows.profileId, profileId), eq(playlistFollows.playlistId, playlistId)));
  return { ok: true, on: follow };
}

export async function setReleaseSaved(database: ChorusDb, profileId: string, releaseId: string, save: boolean, now = new Date()): Promise<{ ok: true; on: boolean } | { ok: false; message: string }> {
  const release = (await database.select({ status: releases.status, at: releases.releaseAt }).from(releases).where(eq(releases.id, releaseId)).limit(1))[0];
  if (save && (!release || release.status !== "published" || release.at > now)) return { ok: false, message: "playlists.releaseUnavailable" };
  if (save) await database.insert(savedReleases).values({ profileId, releaseId }).onConflictDoNothing();
  else await database.delete(savedReleases).where(and(eq(savedReleases.profileId, profileId), eq(savedReleases.releaseId, releaseId)));
  return { ok: true, on: save };
}

export async function isFollowingPlaylist(database: Pick<ChorusDb, "select">, profileId: string, playlistId: string): Promise<boolean> {
  return !!(await database.select({ p: playlistFollows.playlistId }).from(playlistFollows).where(and(eq(playlistFollows.profileId, profileId), eq(playlistFollows.playlistId, playlistId))).limit(1))[0];
}

export async function hasSavedRelease(database: Pick<ChorusDb, "select">, profileId: string, releaseId: string): Promise<boolean> {
  return !!(await database.select({ r: savedReleases.releaseId }).from(savedReleases).where(and(eq(savedReleases.profileId, profileId), eq(savedReleases.releaseId, releaseId))).limit(1))[0];
}

/** Followed playlists that are still public, newest follow first. */
export async function followedPlaylists(database: Pick<ChorusDb, "select">, profileId: string) {
  return await database
    .select({ id: playlists.id, title: playlists.title })
    .from(playlistFollows)
    .innerJoin(playlists, eq(playlists.id, playlistFollows.playlistId))
    .where(and(eq(playlistFollows.profileId, profileId), eq(playlists.isPublic, true)))
    .orderBy(desc(playlistFollows.createdAt))
    .limit(200);
}

export async function savedReleaseIds(database: Pick<ChorusDb, "select">, profileId: string): Promise<string[]> {
  return (await database.select({ id: savedReleases.releaseId }).from(savedReleases).where(eq(savedReleases.profileId, profileId)).orderBy(desc(savedReleases.createdAt)).limit(200)).map((r) => r.id);
}
