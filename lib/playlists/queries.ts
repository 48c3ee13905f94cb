import "server-only";
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { playlistCollaborators, playlists, playlistTracks, plays, profiles, releases, trackLikes, tracks } from "@/db/schema";
import { getReleasesByIds, toTrackCard, type TrackCard } from "@/lib/music/queries";
import { trackIsPublic } from "@/lib/music/visibility";
import { playlistCovers, playlistsOf } from "./playlists";
import { collaboratorsOf } from "./collaborators";
import { containsEveryWord } from "@/lib/search/like";
import { followedPlaylists, hasSavedRelease, isFollowingPlaylist, savedReleaseIds } from "./library";

export const PAGE_SIZE = 100;

export type PlaylistPage = {
  id: string;
  title: string;
  description: string;
  isPublic: boolean;
  updatedAt: Date;
  owner: { id: string; handle: string; name: string };
  isOwner: boolean;
  /** The owner or a collaborator who accepted: may add, remove and reorder. */
  canEdit: boolean;
  /** The viewer was invited to add to it and has not answered yet. */
  invited: boolean;
  collaborators: { id: string; handle: string; name: string; status: "invited" | "active" }[];
  total: number;
  durationMs: number;
  tracks: TrackCard[];
  /** 1-based position of the first track shown (pages of PAGE_SIZE). */
  from: number;
  cover: { coverUrl: string | null; mosaic: string[] };
};

/** A playlist for its page: public, or private for its owner only. Tracks no longer public are skipped. */
export async function getPlaylistPage(id: string, viewerProfileId: string | null, page = 1, now = new Date()): Promise<PlaylistPage | null> {
  const row = (await db.select({ p: playlists, handle: profiles.handle, name: profiles.name }).from(playlists).innerJoin(profiles, eq(profiles.id, playlists.profileId)).where(eq(playlists.id, id)).limit(1))[0];
  if (!row) return null;
  const isOwner = viewerProfileId === row.p.profileId;
  const collaborators = await collaboratorsOf(db, id);
  const mine = collaborators.find((c) => c.id === viewerProfileId);
  if (!row.p.isPublic && !isOwner && !mine) return null;
  const visible = and(eq(playlistTracks.playlistId, id), trackIsPublic(now));
  const base = () => db.select({ t: tracks, handle: profiles.handle, name: profiles.name, album: releases.title, position: playlistTracks.position }).from(playlistTracks).innerJoin(tracks, eq(tracks.id, playlistTracks.trackId)).innerJoin(profiles, eq(profiles.id, tracks.profileId)).leftJoin(releases, eq(releases.id, tracks.releaseId));
  const [totals, rows] = await Promise.all([
    db.select({ n: sql<number>`count(*)`.mapWith(Number), ms: sql<number>`coalesce(sum(${tracks.durationMs}), 0)`.mapWith(Number) }).from(playlistTracks).innerJoin(tracks, eq(tracks.id, playlistTracks.trackId)).leftJoin(releases, eq(releases.id, tracks.releaseId)).where(visible),
    base().where(visible).orderBy(asc(playlistTracks.position)).limit(PAGE_SIZE).offset((Math.max(1, page) - 1) * PAGE_SIZE),
  ]);
  return {
    id: row.p.id,
    title: row.p.title,
    description: row.p.description,
    isPublic: row.p.isPublic,
    updatedAt: row.p.updatedAt,
    owner: { id: row.p.profileId, handle: row.handle, name: row.name },
    isOwner,
    canEdit: isOwner || mine?.status === "active",
    invited: mine?.status === "invited",
    collaborators: isOwner || mine ? collaborators : collaborators.filter((c) => c.status === "active"),
    total: totals[0]?.n ?? 0,
    durationMs: totals[0]?.ms ?? 0,
    tracks: rows.map((r) => toTrackCard(r.t, { handle: r.handle, name: r.name }, r.album)),
    from: (Math.max(1, page) - 1) * PAGE_SIZE + 1,
    cover: (await playlistCovers(db, [id])).get(id) ?? { coverUrl: null, mosaic: [] },
  };
}

export async function getPlaylistsOf(profileId: string, includePrivate: boolean) {
  return await withCovers(await playlistsOf(db, profileId, includePrivate));
}

/** Adds each playlist's picture (its cover or the mosaic of its tracks' covers). */
export async function withCovers<T extends { id: string }>(list: T[]): Promise<(T & { cover: { coverUrl: string | null; mosaic: string[] } })[]> {
  const covers = await playlistCovers(db, list.map((p) => p.id));
  return list.map((p) => ({ ...p, cover: covers.get(p.id) ?? { coverUrl: null, mosaic: [] } }));
}

export const LIKED_PAGE = 50;

/** Liked tracks, newest like first, a page at a time (one more than asked tells whether there is another page). */
export async function likedTracks(profileId: string, { limit = LIKED_PAGE, offset = 0, q = "" }: { limit?: number; offset?: number; q?: string } = {}, now = new Date()): Promise<TrackCard[]> {
  const words = containsEveryWord(sql`${tracks.title} || ' ' || ${profiles.name}`, q);
  return (await db
    .select({ t: tracks, handle: profiles.handle, name: profiles.name, album: releases.title })
    .from(trackLikes)
    .innerJoin(tracks, eq(tracks.id, trackLikes.trackId))
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(and(eq(trackLikes.profileId, profileId), trackIsPublic(now), ...words))
    .orderBy(desc(trackLikes.createdAt))
    .limit(limit)
    .offset(offset)).map((r) => toTrackCard(r.t, { handle: r.handle, name: r.name }, r.album));
}

/** The listener's history setting: off, and from when it shows plays (after a clear). */
export async function historySetting(profileId: string) {
  return (await db.select({ off: profiles.historyOff, from: profiles.historyFrom }).from(profiles).where(eq(profiles.id, profileId)).limit(1))[0] ?? { off: false, from: null };
}

/** Tracks this profile heard most recently (counted plays), each once; none while history is off, none from before a clear. */
export async function recentlyPlayed(profileId: string, limit = 20, now = new Date()): Promise<TrackCard[]> {
  const setting = await historySetting(profileId);
  if (setting.off) return [];
  const since = setting.from ? gt(plays.at, setting.from) : undefined;
  const recent = await db.select({ trackId: plays.trackId, at: sql<number>`max(${plays.at})`.as("last_at") }).from(plays).where(and(eq(plays.listenerId, profileId), since)).groupBy(plays.trackId).orderBy(desc(sql`last_at`)).limit(limit);
  if (!recent.length) return [];
  const order = new Map(recent.map((r, i) => [r.trackId, i]));
  const rows = await db
    .select({ t: tracks, handle: profiles.handle, name: profiles.name, album: releases.title })
    .from(tracks)
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(and(inArray(tracks.id, recent.map((r) => r.trackId)), trackIsPublic(now)));
  return rows.sort((a, b) => order.get(a.t.id)! - order.get(b.t.id)!).map((r) => toTrackCard(r.t, { handle: r.handle, name: r.name }, r.album));
}

/** The viewer's playlists for the "Add to playlist" menu, each saying whether it holds the track. */
export async function myPlaylistsFor(profileId: string, trackId: string) {
  const [mine, shared] = await Promise.all([playlistsOf(db, profileId, true), collaborativePlaylists(profileId)]);
  const all = [...mine, ...shared];
  const holding = new Set(
    all.length ? (await db.select({ id: playlistTracks.playlistId }).from(playlistTracks).where(and(eq(playlistTracks.trackId, trackId), inArray(playlistTracks.playlistId, all.map((p) => p.id))))).map((r) => r.id) : [],
  );
  return all.map((p) => ({ id: p.id, title: p.title, has: holding.has(p.id) }));
}

/** Other people's playlists this profile adds to (it accepted their invitation). */
export async function collaborativePlaylists(profileId: string) {
  return await withCovers(
    await db
      .select({ id: playlists.id, title: playlists.title, isPublic: playlists.isPublic, ownerName: profiles.name, trackCount: sql<number>`(SELECT count(*) FROM playlist_tracks pt WHERE pt.playlist_id = ${playlists.id})`.mapWith(Number) })
      .from(playlistCollaborators)
      .innerJoin(playlists, eq(playlists.id, playlistCollaborators.playlistId))
      .innerJoin(profiles, eq(profiles.id, playlists.profileId))
      .where(and(eq(playlistCollaborators.profileId, profileId), eq(playlistCollaborators.status, "active")))
      .orderBy(desc(playlists.updatedAt))
      .limit(200),
  );
}

export async function getFollowedPlaylists(profileId: string) {
  return await withCovers(await followedPlaylists(db, profileId));
}

/** Saved releases that are still public, as cards, newest save first. */
export async function getSavedReleases(profileId: string, now = new Date()) {
  const ids = await savedReleaseIds(db, profileId);
  const cards = await getReleasesByIds(ids, now);
  return ids.flatMap((id) => (cards.has(id) ? [cards.get(id)!] : []));
}

export async function libraryState(profileId: string, target: { playlistId?: string; releaseId?: string }) {
  return {
    followsPlaylist: target.playlistId ? await isFollowingPlaylist(db, profileId, target.playlistId) : false,
    savedRelease: target.releaseId ? await hasSavedRelease(db, profileId, target.releaseId) : false,
  };
}
