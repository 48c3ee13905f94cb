import "server-only";
import { fediverseHandle } from "@/lib/federation/settings";
import { roleOn } from "@/lib/auth/policy";
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { follows, profileGenres, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { getNotifyLevel } from "@/lib/follows/follow";
import { toProfileCard, type ProfileCard } from "./dto";
import { renamedTo } from "./handle-history";
import { followList, type FollowListPage } from "./follow-lists";

export type ProfilePage = ProfileCard & {
  bio: string;
  links: { label: string; url: string }[];
  genres: string[];
  bannerUrl: string | null;
  followingCount: number;
  createdAt: Date;
  /** "@handle@host" for Mastodon and other servers, when the page federates. */
  fediverseHandle: string | null;
};

export async function getProfileByHandle(handle: string): Promise<ProfilePage | null> {
  const row = (await db.select().from(profiles).where(and(sql`lower(${profiles.handle}) = ${handle.toLowerCase()}`, isNull(profiles.deletedAt))).limit(1))[0];
  if (!row) return null;
  const genres = await db.select({ genre: profileGenres.genre }).from(profileGenres).where(eq(profileGenres.profileId, row.id)).orderBy(asc(profileGenres.position));
  return {
    ...toProfileCard(row),
    bio: row.bio,
    links: row.links,
    genres: genres.map((g) => g.genre),
    bannerUrl: mediaUrl(row.bannerId),
    followingCount: row.followingCount,
    createdAt: row.createdAt,
    fediverseHandle: fediverseHandle(row),
  };
}

/** Does this account run the profile (its own listener profile, or a page it owns or holds a role on)? */
export async function isManagedBy(profileId: string, userId: string | null | undefined): Promise<boolean> {
  if (!userId) return false;
  const row = (await db.select({ id: profiles.id, ownerId: profiles.ownerId }).from(profiles).where(eq(profiles.id, profileId)).limit(1))[0];
  return !!row && (await roleOn(db, row, userId)) !== null;
}

/** Where a renamed handle lives now (for redirects), or null. */
export async function currentHandleFor(oldHandle: string): Promise<string | null> {
  return await renamedTo(db, oldHandle);
}

/** Which of these profiles the viewer follows. */
export async function followedAmong(viewerProfileId: string | null | undefined, ids: string[]): Promise<Set<string>> {
  if (!viewerProfileId || ids.length === 0) return new Set();
  const rows = await db
    .select({ id: follows.followeeId })
    .from(follows)
    .where(and(eq(follows.followerId, viewerProfileId), inArray(follows.followeeId, ids)));
  return new Set(rows.map((r) => r.id));
}

/** Creators with the most followers. */
export async function listTrendingCreators(limit = 8): Promise<ProfileCard[]> {
  return (await db.select().from(profiles).where(and(ne(profiles.kind, "listener"), isNull(profiles.deletedAt))).orderBy(desc(profiles.followerCount), asc(profiles.id)).limit(limit)).map(toProfileCard);
}

/** The most followed creators of one genre (for "get started"). */
export async function listCreatorsInGenre(genre: string, limit = 8): Promise<ProfileCard[]> {
  return (await db
    .select({ p: profiles })
    .from(profiles)
    .innerJoin(profileGenres, eq(profileGenres.profileId, profiles.id))
    .where(and(ne(profiles.kind, "listener"), eq(profileGenres.genre, genre)))
    .orderBy(desc(profiles.followerCount), asc(profiles.id))
    .limit(limit))
    .map((r) => toProfileCard(r.p));
}

/** The genres with the most creators, for picking where to start. */
export async function popularGenres(limit = 10): Promise<string[]> {
  return (await db
    .select({ genre: profileGenres.genre })
    .from(profileGenres)
    .groupBy(profileGenres.genre)
    .orderBy(desc(sql`count(*)`), asc(profileGenres.genre))
    .limit(limit))
    .map((r) => r.genre);
}

/** How many profiles this one follows. */
export async function followingCountOf(profileId: string): Promise<number> {
  return (await db.select({ n: profiles.followingCount }).from(profiles).where(eq(profiles.id, profileId)).limit(1))[0]?.n ?? 0;
}

/** Creators who joined most recently. */
export async function listNewCreators(limit = 8): Promise<ProfileCard[]> {
  return (await db.select().from(profiles).where(and(eq(profiles.kind, "artist"), isNull(profiles.deletedAt))).orderBy(desc(profiles.createdAt), asc(profiles.id)).limit(limit)).map(toProfileCard);
}

/** A profile's follow list as the viewer may see it (hidden lists stay hidden: lib/profiles/follow-lists.ts). */
export async function listFollows(profileId: string, direction: "followers" | "following", cursor: string | null, viewerId: string | null = null): Promise<FollowListPage> {
  return followList(db, profileId, direction, { cursor, viewerId });
}

/** The viewer's notify level for a profile they follow, or null when not following. */
export async function getFollowLevel(viewerProfileId: string, profileId: string) {
  return await getNotifyLevel(db, viewerProfileId, profileId);
}

/** Everyone the viewer follows, with notify levels, for the settings page. */
export async function listFollowedWithLevels(viewerProfileId: string, limit = 300) {
  return (await db
    .select({ p: profiles, level: follows.notifyLevel })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, follows.followeeId))
    .where(eq(follows.followerId, viewerProfileId))
    .orderBy(asc(profiles.name))
    .limit(limit))
    .map((r) => ({ ...toProfileCard(r.p), level: r.level }));
}

export async function profileExists(id: string): Promise<boolean> {
  return !!(await db.select({ id: profiles.id }).from(profiles).where(and(eq(profiles.id, id), isNull(profiles.deletedAt))).limit(1))[0];
}
