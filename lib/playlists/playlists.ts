import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { activities, playlists, playlistTracks, releases, tracks } from "@/db/schema";
import { newId } from "@/lib/ids";
import { mediaUrl } from "@/lib/media/urls";
import { trackIsPublic } from "@/lib/music/visibility";
import { getTranslations } from "next-intl/server";

/**
 * Playlists: an owner's ordered list of public tracks (each at most once, up to
 * MAX_TRACKS). Positions are dense (1..n); moving one track shifts only the
 * rows between its old and new place, so a long playlist reorders in a few
 * statements.
 */
export const MAX_TRACKS = 1000;
export const MAX_PLAYLISTS = 200;

type Result<T = undefined> = { ok: true; message: string; data?: T } | { ok: false; message: string };
type Playlist = typeof playlists.$inferSelect;

export async function findPlaylist(database: Pick<ChorusDb, "select">, id: string): Promise<Playlist | undefined> {
  return (await database.select().from(playlists).where(eq(playlists.id, id)).limit(1))[0];
}

export async function createPlaylist(database: ChorusDb, profileId: string, input: { title: string; description: string; isPublic: boolean; firstTrackId?: string | null }, now = new Date()): Promise<Result<{ id: string }>> {
  const owned = (await database.select({ n: count() }).from(playlists).where(eq(playlists.profileId, profileId)))[0]?.n ?? 0;
  if (owned >= MAX_PLAYLISTS) return { ok: false, message: (await getTranslations("errors"))("playlists.tooMany", { max: MAX_PLAYLISTS }) };
  const id = newId();
  await database.transaction(async (tx) => {
    await tx.insert(playlists).values({ id, profileId, title: input.title, description: input.description, isPublic: input.isPublic, createdAt: now, updatedAt: now });
    if (input.firstTrackId) await addTrack(tx, id, input.firstTrackId, now, profileId);
  });
  return { ok: true, message: (await getTranslations("errors"))("playlists.created", { title: input.title }), data: { id } };
}

export async function updatePlaylist(database: ChorusDb, id: string, input: { title: string; description: string; isPublic: boolean }, now = new Date()): Promise<Result> {
  await database.update(playlists).set({ ...input, updatedAt: now }).where(eq(playlists.id, id));
  return { ok: true, message: "common.saved" };
}

export async function deletePlaylist(database: ChorusDb, id: string): Promise<Result> {
  await database.delete(playlists).where(eq(playlists.id, id));
  return { ok: true, message: "playlists.deleted" };
}

async function length(database: Pick<ChorusDb, "select">, playlistId: string): Promise<number> {
  return (await database.select({ n: count() }).from(playlistTracks).where(eq(playlistTracks.playlistId, playlistId)))[0]?.n ?? 0;
}

/** Additions to one playlist on one (UTC) day make one stream card. */
export const playlistUpdateKey = (playlistId: string, at: Date) => `playlist:${playlistId}:${at.toISOString().slice(0, 10)}`;

/** Adds a public track at the end; a track already there stays where it is. */
export async function addTrack(database: ChorusDb, playlistId: string, trackId: string, now = new Date(), addedBy: string | null = null): Promise<Result> {
  const t = await getTranslations("errors");
  return await database.transaction(async (tx) => {
    const track = (await tx.select({ id: tracks.id, title: tracks.title }).from(tracks).leftJoin(releases, eq(releases.id, tracks.releaseId)).where(and(eq(tracks.id, trackId), trackIsPublic(now))).limit(1))[0];
    if (!track) return { ok: false as const, message: "playlists.trackUnavailable" };
    const n = await length(tx, playlistId);
    if (n >= MAX_TRACKS) return { ok: false as const, message: t("playlists.tracksMax", { max: MAX_TRACKS }) };
    const added = await tx.insert(playlistTracks).values({ playlistId, trackId, position: n + 1, addedAt: now, addedBy }).onConflictDoNothing().returning({ t: playlistTracks.trackId });
    if (!added.length) return { ok: true as const, message: t("playlists.alreadyIn", { title: track.title }) };
    const list = (await tx.update(playlists).set({ updatedAt: now }).where(eq(playlists.id, playlistId)).returning({ isPublic: playlists.isPublic, owner: playlists.profileId }))[0];
    // Followers of a public playlist see additions in their stream, one card per playlist per day.
    if (list?.isPublic) await tx.insert(activities).values({ actorId: addedBy ?? list.owner, verb: "playlist_updated", objectType: "playlist", objectId: playlistId, groupKey: playlistUpdateKey(playlistId, now), createdAt: now });
    return { ok: true as const, message: t("playlists.added", { title: track.title }) };
  });
}

export async function removeTrack(database: ChorusDb, playlistId: string, trackId: string, now = new Date()): Promise<Result> {
  return await database.transaction(async (tx) => {
    const gone = await tx.delete(playlistTracks).where(and(eq(playlistTracks.playlistId, playlistId), eq(playlistTracks.trackId, trackId))).returning({ position: playlistTracks.position });
    if (!gone.length) return { ok: false as const, message: "playlists.notIn" };
    await tx.update(playlistTracks).set({ position: sql`${playlistTracks.position} - 1` }).where(and(eq(playlistTracks.playlistId, playlistId), gt(playlistTracks.position, gone[0].position)));
    await tx.update(playlists).set({ updatedAt: now }).where(eq(playlists.id, playlistId));
    return { ok: true as const, message: "playlists.removed" };
  });
}

/** Moves one track to a 1-based position; the tracks between shift by one. */
export async function moveTrack(database: ChorusDb, playlistId: string, trackId: string, to: number, now = new Date()): Promise<Result> {
  const t = await getTranslations("errors");
  return await database.transaction(async (tx) => {
    const row = (await tx.select({ position: playlistTracks.position }).from(playlistTracks).where(and(eq(playlistTracks.playlistId, playlistId), eq(playlistTracks.trackId, trackId))).limit(1))[0];
    if (!row) return { ok: false as const, message: "playlists.notIn" };
    const n = await length(tx, playlistId);
    const target = Math.min(Math.max(1, Math.round(to)), n);
    const from = row.position;
    if (target === from) return { ok: true as const, message: "playlists.noChange" };
    const mine = eq(playlistTracks.playlistId, playlistId);
    if (target < from) await tx.update(playlistTracks).set({ position: sql`${playlistTracks.position} + 1` }).where(and(mine, gte(playlistTracks.position, target), lt(playlistTracks.position, from)));
    else await tx.update(playlistTracks).set({ position: sql`${playlistTracks.position} - 1` }).where(and(mine, gt(playlistTracks.position, from), lte(playlistTracks.position, target)));
    await tx.update(playlistTracks).set({ position: target }).where(and(mine, eq(playlistTracks.trackId, trackId)));
    await tx.update(playlists).set({ updatedAt: now }).where(eq(playlists.id, playlistId));
    return { ok: true as const, message: t("playlists.moved", { position: target, count: n }) };
  });
}

/** The ids of a playlist's tracks in order (for tests and moves). */
export async function playlistOrder(database: Pick<ChorusDb, "select">, playlistId: string): Promise<string[]> {
  return (await database.select({ id: playlistTracks.trackId }).from(playlistTracks).where(eq(playlistTracks.playlistId, playlistId)).orderBy(asc(playlistTracks.position))).map((r) => r.id);
}

/** A profile's playlists, newest change first (private ones only for their owner). */
export async function playlistsOf(database: Pick<ChorusDb, "select">, profileId: string, includePrivate: boolean) {
  return await database
    .select({ id: playlists.id, title: playlists.title, isPublic: playlists.isPublic, updatedAt: playlists.updatedAt, trackCount: sql<number>`(SELECT count(*) FROM playlist_tracks pt WHERE pt.playlist_id = ${playlists.id})`.mapWith(Number) })
    .from(playlists)
    .where(includePrivate ? eq(playlists.profileId, profileId) : and(eq(playlists.profileId, profileId), eq(playlists.isPublic, true)))
    .orderBy(desc(playlists.updatedAt))
    .limit(MAX_PLAYLISTS);
}

/** A playlist's own cover picture (replacing the mosaic of its first tracks' covers); null goes back to the mosaic. */
export async function setPlaylistCover(database: ChorusDb, id: string, coverId: string | null, now = new Date()): Promise<Result> {
  await database.update(playlists).set({ coverId, updatedAt: now }).where(eq(playlists.id, id));
  return { ok: true, message: coverId ? "playlists.coverUpdated" : "playlists.coverMosaic" };
}

/**
 * What each playlist shows as its picture: its own cover, or a mosaic of the
 * covers of its first tracks (up to four different ones, public tracks only).
 */
export async function playlistCovers(database: Pick<ChorusDb, "select">, ids: string[]): Promise<Map<string, { coverUrl: string | null; mosaic: string[] }>> {
  const out = new Map<string, { coverUrl: string | null; mosaic: string[] }>();
  if (!ids.length) return out;
  const own = await database.select({ id: playlists.id, coverId: playlists.coverId }).from(playlists).where(inArray(playlists.id, ids));
  for (const p of own) out.set(p.id, { coverUrl: mediaUrl(p.coverId), mosaic: [] });
  const needMosaic = own.filter((p) => !p.coverId).map((p) => p.id);
  if (needMosaic.length) {
    // The first dozen tracks of each are plenty to find four different covers.
    const rows = await database
      .select({ playlistId: playlistTracks.playlistId, coverId: tracks.coverId })
      .from(playlistTracks)
      .innerJoin(tracks, eq(tracks.id, playlistTracks.trackId))
      .leftJoin(releases, eq(releases.id, tracks.releaseId))
      .where(and(inArray(playlistTracks.playlistId, needMosaic), lte(playlistTracks.position, 12), trackIsPublic(new Date())))
      .orderBy(asc(playlistTracks.position));
    for (const r of rows) {
      const entry = out.get(r.playlistId);
      const url = mediaUrl(r.coverId);
      if (entry && url && entry.mosaic.length < 4 && !entry.mosaic.includes(`${url}?w=192`)) entry.mosaic.push(`${url}?w=192`);
    }
  }
  return out;
}
