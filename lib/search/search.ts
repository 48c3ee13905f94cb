import { and, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { concerts, profiles, releases, tracks } from "@/db/schema";
import { cityMatchExpression, toMatchExpression } from "./match";
import { cityFilterPostgres, searchIdsPostgres } from "./search-pg";
import { sqlTime } from "@/db/sql";

export type SearchHits = { profileIds: string[]; trackIds: string[]; concertIds: string[]; releaseIds: string[] };

/**
 * Ranked ids for a query: bm25 relevance first, popularity as tie-breaker.
 * Only public things are returned (published tracks past their release date,
 * upcoming concerts).
 */
export async function searchIds(database: ChorusDb, query: string, limits = { profiles: 30, tracks: 10, concerts: 10, releases: 12 }, now = new Date()): Promise<SearchHits> {
  if (database.engine === "postgres") return searchIdsPostgres(database, query, limits, now);
  const match = toMatchExpression(query);
  if (!match) return { profileIds: [], trackIds: [], concertIds: [], releaseIds: [] };
  const profileIds = (await database
    .select({ id: profiles.id })
    .from(sql`profiles_fts`)
    .innerJoin(profiles, sql`${profiles}.rowid = profiles_fts.rowid`)
    .where(sql`profiles_fts MATCH ${match}`)
    // bm25 is negative (lower is better); halving it for listeners ranks creators first among equal matches.
    .orderBy(sql`bm25(profiles_fts, 10.0, 5.0, 1.0) * (CASE WHEN ${profiles.kind} = 'listener' THEN 0.5 ELSE 1.0 END)`, desc(profiles.followerCount))
    .limit(limits.profiles))
    .map((r) => r.id);
  const trackIds = limits.tracks
    ? (await database
      .select({ id: tracks.id })
      .from(sql`tracks_fts`)
      .innerJoin(tracks, sql`${tracks}.rowid = tracks_fts.rowid`)
      .leftJoin(releases, eq(releases.id, tracks.releaseId))
      .where(and(sql`tracks_fts MATCH ${match}`, eq(tracks.status, "published"), lte(tracks.publishedAt, now), sql`(${releases.id} IS NULL OR (${releases.status} = 'published' AND ${releases.releaseAt} <= ${sqlTime(now)}))`))
      .orderBy(sql`bm25(tracks_fts, 10.0, 4.0, 1.0)`, desc(tracks.playCount))
      .limit(limits.tracks))
      .map((r) => r.id)
    : [];
  const concertIds = limits.concerts
    ? (await database
      .select({ id: concerts.id })
      .from(sql`concerts_fts`)
      .innerJoin(concerts, sql`${concerts}.rowid = concerts_fts.rowid`)
      .where(and(sql`concerts_fts MATCH ${match}`, gte(concerts.startsAt, now)))
      .orderBy(sql`bm25(concerts_fts)`, concerts.startsAt)
      .limit(limits.concerts))
      .map((r) => r.id)
    : [];
  const releaseIds = limits.releases
    ? (await database
      .select({ id: releases.id })
      .from(sql`releases_fts`)
      .innerJoin(releases, sql`${releases}.rowid = releases_fts.rowid`)
      .where(and(sql`releases_fts MATCH ${match}`, eq(releases.status, "published"), lte(releases.releaseAt, now)))
      .orderBy(sql`bm25(releases_fts, 10.0, 4.0)`, desc(releases.releaseAt))
      .limit(limits.releases))
      .map((r) => r.id)
    : [];
  return { profileIds, trackIds, concertIds, releaseIds };
}

/** Keeps the order of `ids` when mapping them to rows. */
export function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => !!r);
}


/** The concerts city filter ("sao paulo" finds São Paulo), or null when nothing searchable was typed. */
export function cityFilter(database: Pick<ChorusDb, "engine">, typed: string): SQL | null {
  if (database.engine === "postgres") return cityFilterPostgres(typed);
  const match = cityMatchExpression(typed);
  return match ? sql`${concerts}.rowid IN (SELECT rowid FROM concerts_fts WHERE concerts_fts MATCH ${match})` : null;
}
