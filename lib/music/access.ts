import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { authorizePage } from "@/lib/auth/policy";
import { profiles, releases, tracks } from "@/db/schema";

export type TrackAccess = { trackId: string; profileId: string; labelId: string | null; ownerId: string; isPublic: boolean; embedFullPlays: boolean; durationMs: number } | null;

/** Who may hear the audio file behind a track: everyone once public, else only its creator. */
export async function trackAccessByAudio(audioId: string, now = new Date()): Promise<TrackAccess> {
  const row = (await db
    .select({ t: tracks, ownerId: profiles.ownerId, releaseStatus: releases.status, releaseAt: releases.releaseAt, labelId: releases.labelId })
    .from(tracks)
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .leftJoin(releases, eq(releases.id, tracks.releaseId))
    .where(eq(tracks.audioId, audioId)).limit(1))[0];
  if (!row) return null;
  const releaseOk = !row.t.releaseId || (row.releaseStatus === "published" && !!row.releaseAt && row.releaseAt <= now);
  const isPublic = row.t.status === "published" && !!row.t.publishedAt && row.t.publishedAt <= now && releaseOk;
  return { trackId: row.t.id, profileId: row.t.profileId, labelId: row.labelId ?? null, ownerId: row.ownerId, isPublic, embedFullPlays: row.t.embedFullPlays, durationMs: row.t.durationMs };
}

/** Unreleased music (scheduled, unpublished) is for the roles that publish it: on the artist's page, or the label's it is coming out on. */
export async function mayPreviewMusic(userId: string | null | undefined, pages: { profileId: string; labelId: string | null }): Promise<boolean> {
  if (!userId) return false;
  if ((await authorizePage(db, userId, pages.profileId, "publish_music")).ok) return true;
  return !!pages.labelId && (await authorizePage(db, userId, pages.labelId, "publish_music")).ok;
}
