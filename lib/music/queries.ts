import "server-only";
import { mayPreviewMusic } from "./access";
import { featuredOn } from "./credits";
import { trackIsPublic } from "./visibility";
import { likedTrackIds, likesTrack } from "@/lib/discovery/likes";
import { and, asc, desc, eq, inArray, isNull, lte, or } from "drizzle-orm";
import { db } from "@/db";
import { mediaFiles, profiles, releases, tracks } from "@/db/schema";
import { signedMediaUrl } from "@/lib/media/signed-url";
import { mediaUrl } from "@/lib/media/urls";

/** A playable track as the player and track lists need it (QueueTrack-compatible). */
export type TrackCard = {
  id: string;
  title: string;
  /** The release's title, when the track is on one. */
  album: string | null;
  durationMs: number;
  coverUrl: string | null;
  /** Signed for Chorus's own player: the whole track, even when other sites get only the preview. */
  audioUrl: string;
  playCount: number;
  releaseId: string | null;
  explicit: boolean;
  artist: string;
  artistHandle: string;
};

export function toTrackCard(t: typeof tracks.$inferSelect, artist: { handle: string; name: string }, album: string | null = null): TrackCard {
  return {
    album,
    id: t.id,
    title: t.title,
    durationMs: t.durationMs,
    coverUrl: mediaUrl(t.coverId),
    audioUrl: signedMediaUrl(t.audioId),
    playCount: t.playCount,
    releaseId: t.releaseId,
    explicit: t.explicit,
    artist: artist.name,
    artistHandle: artist.handle,
  };
}

export type ReleaseCard = {
  id: string;
  title: string;
  kind: string;
  releaseAt: Date;
  coverUrl: string | null;
  artist: { handle: string; name: string };
  trackCount: number;
};

/** Visible to everyone: published and past its release date. */
const isPublic = (now: Date) => and(eq(releases.status, "published"), lte(releases.releaseAt, now));

export { trackIsPublic };

export async function listRecentReleases(limit = 12, now = new Date()): Promise<ReleaseCard[]> {
  const rows = await db
    .select({ r: releases, handle: profiles.handle, name: profiles.name })
    .from(releases)
    .innerJoin(profiles, eq(profiles.id, releases.profileId))
    .where(isPublic(now))
    .orderBy(desc(releases.releaseAt))
    .limit(limit);
  return await hydrateReleases(rows);
}

/** A creator's public releases, newest first; a label's include those it put out for its artists. */
export async function listProfileReleases(profileId: string, limit = 24, now = new Date()): Promise<ReleaseCard[]> {
  const rows = await db
    .select({ r: releases, handle: profiles.handle, name: profiles.name })
    .from(releases)
    .innerJoin(profiles, eq(profiles.id, releases.profileId))
    .where(and(or(eq(releases.profileId, profileId), eq(releases.labelId, profileId)), isPublic(now)))
    .orderBy(desc(releases.releaseAt))
    .limit(limit);
  return await hydrateReleases(rows);
}

export async function getReleasesByIds(ids: string[], now = new Date()): Promise<Map<string, ReleaseCard>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ r: releases, handle: profiles.handle, name: profiles.name })
    .from(releases)
    .innerJoin(profiles, eq(profiles.id, releases.profileId))
    .where(and(inArray(releases.id, ids), isPublic(now)));
  return new Map((await hydrateReleases(rows)).map((r) => [r.id, r]));
}

async function hydrateReleases(rows: { r: typeof releases.$inferSelect; handle: string; name: string }[]): Promise<ReleaseCard[]> {
  const ids = rows.map((row) => row.r.id);
  const counts = new Map<string, number>();
  if (ids.length) {
    for (const t of (await db.select({ releaseId: tracks.releaseId }).from(tracks).where(and(inArray(tracks.releaseId, ids), eq(tracks.status, "published"))))) {
      counts.set(t.releaseId!, (counts.get(t.releaseId!) ?? 0) + 1);
    }
  }
  return rows.map(({ r, handle, name }) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    releaseAt: r.releaseAt,
    coverUrl: mediaUrl(r.coverId),
    artist: { handle, name },
    trackCount: counts.get(r.id) ?? 0,
  }));
}

export async function listProfileTracks(profileId: string, limit = 20, now = new Date()): Promise<TrackCard[]> {
  return (await db
    .select({ t: tracks, handle: profiles.handle, name: profiles.name, album: releases.title })
    .from(tracks)
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(and(eq(tracks.profileId, profileId), trackIsPublic(now)))
    .orderBy(desc(tracks.publishedAt), asc(tracks.position))
    .limit(limit))
    .map(({ t, handle, name, album }) => toTrackCard(t, { handle, name }, album));
}

export type TrackPage = TrackCard & {
  genre: string | null;
  credits: string;
  isrc: string | null;
  lyrics: string;
  /** Featured artists (pages that have not declined). */
  featured: { id: string; handle: string; name: string }[];
  publishedAt: Date | null;
  ownerId: string;
  isPublic: boolean;
  embedFullPlays: boolean;
  audioMime: string;
  /** Unsigned, for other sites (Open Graph, embeds): the 30-second preview when the creator allows previews only. */
  publicAudioUrl: string;
  release: { id: string; title: string; kind: string } | null;
  /** The creator's profile. */
  profileId: string;
};

/** A track for its page: public, or any state for its own creator. */
export async function getTrackPage(id: string, viewerUserId: string | null, now = new Date()): Promise<TrackPage | null> {
  const row = (await db
    .select({ t: tracks, handle: profiles.handle, name: profiles.name, ownerId: profiles.ownerId, r: releases, mime: mediaFiles.mime })
    .from(tracks)
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .innerJoin(mediaFiles, eq(mediaFiles.id, tracks.audioId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(eq(tracks.id, id)).limit(1))[0];
  if (!row) return null;
  const isPublicTrack = row.t.status === "published" && !!row.t.publishedAt && row.t.publishedAt <= now && (!row.r || (row.r.status === "published" && row.r.releaseAt <= now));
  if (!isPublicTrack && !(await mayPreviewMusic(viewerUserId, { profileId: row.t.profileId, labelId: row.r?.labelId ?? null }))) return null;
  return {
    ...toTrackCard(row.t, { handle: row.handle, name: row.name }, row.r?.title ?? null),
    genre: row.t.genre,
    credits: row.t.credits,
    isrc: row.t.isrc,
    lyrics: row.t.lyrics,
    featured: ((await featuredOn(db, [row.t.id])).get(row.t.id) ?? []).map((p) => ({ id: p.id, handle: p.handle, name: p.name })),
    publishedAt: row.r?.releaseAt ?? row.t.publishedAt,
    ownerId: row.ownerId,
    isPublic: isPublicTrack,
    embedFullPlays: row.t.embedFullPlays,
    audioMime: row.mime,
    publicAudioUrl: mediaUrl(row.t.audioId)!,
    release: row.r ? { id: row.r.id, title: row.r.title, kind: row.r.kind } : null,
    profileId: row.t.profileId,
  };
}

export type ReleasePage = ReleaseCard & {
  description: string;
  ownerId: string;
  profileId: string;
  isPublic: boolean;
  tracks: TrackCard[];
  totalPlays: number;
  copyright: string;
  upc: string | null;
  /** The label it came out on, credited "on LABEL". */
  label: { id: string; handle: string; name: string } | null;
};

export async function getReleasePage(id: string, viewerUserId: string | null, now = new Date()): Promise<ReleasePage | null> {
  const row = (await db.select({ r: releases, handle: profiles.handle, name: profiles.name, ownerId: profiles.ownerId }).from(releases).innerJoin(profiles, eq(profiles.id, releases.profileId)).where(eq(releases.id, id)).limit(1))[0];
  if (!row) return null;
  const isPublicRelease = row.r.status === "published" && row.r.releaseAt <= now;
  if (!isPublicRelease && !(await mayPreviewMusic(viewerUserId, row.r))) return null;
  const list = (await db
    .select()
    .from(tracks)
    .where(and(eq(tracks.releaseId, id), isPublicRelease ? eq(tracks.status, "published") : undefined))
    .orderBy(asc(tracks.position)))
    .map((t) => toTrackCard(t, { handle: row.handle, name: row.name }, row.r.title));
  const [card] = await hydrateReleases([{ r: row.r, handle: row.handle, name: row.name }]);
  const label = row.r.labelId ? ((await db.select({ id: profiles.id, handle: profiles.handle, name: profiles.name }).from(profiles).where(and(eq(profiles.id, row.r.labelId), isNull(profiles.deletedAt))).limit(1))[0] ?? null) : null;
  return {
    ...card,
    trackCount: list.length,
    description: row.r.description,
    ownerId: row.ownerId,
    profileId: row.r.profileId,
    isPublic: isPublicRelease,
    tracks: list,
    totalPlays: list.reduce((n, t) => n + t.playCount, 0),
    copyright: row.r.copyright,
    upc: row.r.upc,
    label,
  };
}

/** Public tracks by id, for cards (messages, shares). */
export async function getTracksByIds(ids: string[], now = new Date()): Promise<Map<string, TrackCard>> {
  if (!ids.length) return new Map();
  return new Map(
    (await db
      .select({ t: tracks, handle: profiles.handle, name: profiles.name, album: releases.title })
      .from(tracks)
      .innerJoin(profiles, eq(profiles.id, tracks.profileId))
      .leftJoin(releases, eq(releases.id, tracks.releaseId))
      .where(and(inArray(tracks.id, ids), trackIsPublic(now))))
      .map((r) => [r.t.id, toTrackCard(r.t, { handle: r.handle, name: r.name }, r.album)]),
  );
}

/** Whether the viewer's profile likes this track (its heart). */
export async function trackLikedBy(profileId: string, trackId: string): Promise<boolean> {
  return await likesTrack(db, profileId, trackId);
}

/** Which of these tracks the viewer's profile likes. */
export async function tracksLikedBy(profileId: string, trackIds: string[]): Promise<Set<string>> {
  return await likedTrackIds(db, profileId, trackIds);
}

/** Of these tracks, those whose creators allow full plays in embeds (one query). */
export async function embedFullPlays(trackIds: string[]): Promise<Set<string>> {
  if (!trackIds.length) return new Set();
  return new Set((await db.select({ id: tracks.id }).from(tracks).where(and(inArray(tracks.id, trackIds), eq(tracks.embedFullPlays, true)))).map((r) => r.id));
}
