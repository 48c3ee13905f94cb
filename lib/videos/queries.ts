import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { profiles, videos } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { getTracksByIds, type TrackCard } from "@/lib/music/queries";

export type VideoCard = { id: string; caption: string; videoUrl: string; posterUrl: string | null; durationMs: number; createdAt: string; artist: { handle: string; name: string }; track: TrackCard | null };

async function hydrate(rows: { v: typeof videos.$inferSelect; handle: string; name: string }[]): Promise<VideoCard[]> {
  const trackMap = await getTracksByIds([...new Set(rows.map((r) => r.v.trackId).filter((id): id is string => !!id))]);
  return rows.map(({ v, handle, name }) => ({
    id: v.id,
    caption: v.caption,
    videoUrl: mediaUrl(v.mediaId)!,
    posterUrl: mediaUrl(v.posterId),
    durationMs: v.durationMs,
    createdAt: v.createdAt.toISOString(),
    artist: { handle, name },
    track: v.trackId ? (trackMap.get(v.trackId) ?? null) : null,
  }));
}

const base = () => db.select({ v: videos, handle: profiles.handle, name: profiles.name }).from(videos).innerJoin(profiles, eq(profiles.id, videos.profileId));

export async function listProfileVideos(profileId: string, limit = 12): Promise<VideoCard[]> {
  return await hydrate((await base().where(and(eq(videos.profileId, profileId), eq(videos.status, "published"))).orderBy(desc(videos.createdAt)).limit(limit)));
}

export async function getVideosByIds(ids: string[]): Promise<Map<string, VideoCard>> {
  if (!ids.length) return new Map();
  return new Map((await hydrate((await base().where(and(inArray(videos.id, ids), eq(videos.status, "published")))))).map((v) => [v.id, v]));
}

/** A page's videos for its Studio: every one, newest first, with the linked track's id. */
export async function listStudioVideos(profileId: string) {
  return (await db.select().from(videos).where(eq(videos.profileId, profileId)).orderBy(desc(videos.createdAt)).limit(100)).map((v) => ({
    id: v.id,
    caption: v.caption,
    trackId: v.trackId,
    posterUrl: mediaUrl(v.posterId),
    likeCount: v.likeCount,
    durationMs: v.durationMs,
    createdAt: v.createdAt,
  }));
}
