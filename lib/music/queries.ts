import "server-only";
import { and, asc, desc, eq, inArray, lte } from "drizzle-orm";
import { db } from "@/db";
import { profiles, releases, tracks } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

export type TrackCard = {
  id: string;
  title: string;
  durationMs: number;
  coverUrl: string | null;
  audioUrl: string;
  playCount: number;
  releaseId: string | null;
  artist: { handle: string; name: string };
};

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

export function listRecentReleases(limit = 12, now = new Date()): ReleaseCard[] {
  const rows = db
    .select({ r: releases, handle: profiles.handle, name: profiles.name })
    .from(releases)
    .innerJoin(profiles, eq(profiles.id, releases.profileId))
    .where(isPublic(now))
    .orderBy(desc(releases.releaseAt))
    .limit(limit)
    .all();
  return hydrateReleases(rows);
}

export function getReleasesByIds(ids: string[], now = new Date()): Map<string, ReleaseCard> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ r: releases, handle: profiles.handle, name: profiles.name })
    .from(releases)
    .innerJoin(profiles, eq(profiles.id, releases.profileId))
    .where(and(inArray(releases.id, ids), isPublic(now)))
    .all();
  return new Map(hydrateReleases(rows).map((r) => [r.id, r]));
}

function hydrateReleases(rows: { r: typeof releases.$inferSelect; handle: string; name: string }[]): ReleaseCard[] {
  const ids = rows.map((row) => row.r.id);
  const counts = new Map<string, number>();
  if (ids.length) {
    for (const t of db.select({ releaseId: tracks.releaseId }).from(tracks).where(and(inArray(tracks.releaseId, ids), eq(tracks.status, "published"))).all()) {
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

export function listProfileTracks(profileId: string, limit = 20, now = new Date()): TrackCard[] {
  return db
    .select({ t: tracks, handle: profiles.handle, name: profiles.name })
    .from(tracks)
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(and(eq(tracks.profileId, profileId), eq(tracks.status, "published"), lte(tracks.publishedAt, now)))
    .orderBy(desc(tracks.publishedAt), asc(tracks.position))
    .limit(limit)
    .all()
    .map(({ t, handle, name }) => ({
      id: t.id,
      title: t.title,
      durationMs: t.durationMs,
      coverUrl: mediaUrl(t.coverId),
      audioUrl: mediaUrl(t.audioId)!,
      playCount: t.playCount,
      releaseId: t.releaseId,
      artist: { handle, name },
    }));
}
