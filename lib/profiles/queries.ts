import "server-only";
import { and, asc, desc, eq, inArray, lt, ne, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { follows, profileGenres, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { decodeCursor, pageOf } from "@/lib/pagination";
import { getNotifyLevel } from "@/lib/follows/follow";
import { toProfileCard, type ProfileCard } from "./dto";
import { renamedTo } from "./handle-history";

export type ProfilePage = ProfileCard & {
  bio: string;
  links: { label: string; url: string }[];
  genres: string[];
  bannerUrl: string | null;
  followingCount: number;
  createdAt: Date;
};

export function getProfileByHandle(handle: string): ProfilePage | null {
  const row = db.select().from(profiles).where(sql`lower(${profiles.handle}) = ${handle.toLowerCase()}`).get();
  if (!row) return null;
  const genres = db.select({ genre: profileGenres.genre }).from(profileGenres).where(eq(profileGenres.profileId, row.id)).orderBy(asc(profileGenres.position)).all();
  return {
    ...toProfileCard(row),
    bio: row.bio,
    links: row.links,
    genres: genres.map((g) => g.genre),
    bannerUrl: mediaUrl(row.bannerId),
    followingCount: row.followingCount,
    createdAt: row.createdAt,
  };
}

/** Does this account run the profile (its own listener profile or a page it manages)? */
export function isManagedBy(profileId: string, userId: string | null | undefined): boolean {
  if (!userId) return false;
  return !!db.select({ id: profiles.id }).from(profiles).where(and(eq(profiles.id, profileId), eq(profiles.ownerId, userId))).get();
}

/** Where a renamed handle lives now (for redirects), or null. */
export function currentHandleFor(oldHandle: string): string | null {
  return renamedTo(db, oldHandle);
}

/** Which of these profiles the viewer follows. */
export function followedAmong(viewerProfileId: string | null | undefined, ids: string[]): Set<string> {
  if (!viewerProfileId || ids.length === 0) return new Set();
  const rows = db
    .select({ id: follows.followeeId })
    .from(follows)
    .where(and(eq(follows.followerId, viewerProfileId), inArray(follows.followeeId, ids)))
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Creators with the most followers. */
export function listTrendingCreators(limit = 8): ProfileCard[] {
  return db.select().from(profiles).where(ne(profiles.kind, "listener")).orderBy(desc(profiles.followerCount), asc(profiles.id)).limit(limit).all().map(toProfileCard);
}

/** The most followed creators of one genre (for "get started"). */
export function listCreatorsInGenre(genre: string, limit = 8): ProfileCard[] {
  return db
    .select({ p: profiles })
    .from(profiles)
    .innerJoin(profileGenres, eq(profileGenres.profileId, profiles.id))
    .where(and(ne(profiles.kind, "listener"), eq(profileGenres.genre, genre)))
    .orderBy(desc(profiles.followerCount), asc(profiles.id))
    .limit(limit)
    .all()
    .map((r) => toProfileCard(r.p));
}

/** The genres with the most creators, for picking where to start. */
export function popularGenres(limit = 10): string[] {
  return db
    .select({ genre: profileGenres.genre })
    .from(profileGenres)
    .groupBy(profileGenres.genre)
    .orderBy(desc(sql`count(*)`), asc(profileGenres.genre))
    .limit(limit)
    .all()
    .map((r) => r.genre);
}

/** How many profiles this one follows. */
export function followingCountOf(profileId: string): number {
  return db.select({ n: profiles.followingCount }).from(profiles).where(eq(profiles.id, profileId)).get()?.n ?? 0;
}

/** Creators who joined most recently. */
export function listNewCreators(limit = 8): ProfileCard[] {
  return db.select().from(profiles).where(eq(profiles.kind, "artist")).orderBy(desc(profiles.createdAt), asc(profiles.id)).limit(limit).all().map(toProfileCard);
}

export type FollowListPage = { items: (ProfileCard & { followedAt: Date })[]; nextCursor: string | null };

/** Followers (or followings) of a profile, newest first, by keyset cursor. */
export function listFollows(profileId: string, direction: "followers" | "following", cursorRaw: string | null, limit = 20): FollowListPage {
  const cursor = decodeCursor(cursorRaw);
  const self = direction === "followers" ? follows.followeeId : follows.followerId;
  const other = direction === "followers" ? follows.followerId : follows.followeeId;
  const rows = db
    .select({ p: profiles, at: follows.createdAt, otherId: other })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, other))
    .where(
      and(
        eq(self, profileId),
        cursor ? or(lt(follows.createdAt, new Date(cursor.t)), and(eq(follows.createdAt, new Date(cursor.t)), lt(other, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(follows.createdAt), desc(other))
    .limit(limit + 1)
    .all();
  const page = pageOf(rows, limit, (r) => ({ t: r.at.getTime(), id: r.otherId }));
  return { items: page.items.map((r) => ({ ...toProfileCard(r.p), followedAt: r.at })), nextCursor: page.nextCursor };
}

/** The viewer's notify level for a profile they follow, or null when not following. */
export function getFollowLevel(viewerProfileId: string, profileId: string) {
  return getNotifyLevel(db, viewerProfileId, profileId);
}

/** Everyone the viewer follows, with notify levels, for the settings page. */
export function listFollowedWithLevels(viewerProfileId: string, limit = 300) {
  return db
    .select({ p: profiles, level: follows.notifyLevel })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, follows.followeeId))
    .where(eq(follows.followerId, viewerProfileId))
    .orderBy(asc(profiles.name))
    .limit(limit)
    .all()
    .map((r) => ({ ...toProfileCard(r.p), level: r.level }));
}

export function profileExists(id: string): boolean {
  return !!db.select({ id: profiles.id }).from(profiles).where(eq(profiles.id, id)).get();
}
