import { and, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { concerts, profiles, releases, tracks } from "@/db/schema";
import { toTsQuery } from "./match";
import type { SearchHits } from "./search";

/**
 * Search on PostgreSQL (what FTS5 does on SQLite): words folded by unaccent
 * and lower-cased (chorus_fold), each a prefix, ranked with ts_rank (name
 * above handle above details, creators above listeners), popularity breaking
 * ties; a profile name one typo away still matches (pg_trgm) when nothing else does.
 */
const vector = (text: SQL) => sql`to_tsvector('simple', chorus_fold(${text}))`;
const weighted = (text: SQL, weight: "A" | "B" | "C") => sql`setweight(${vector(text)}, ${sql.raw(`'${weight}'`)})`;

export async function searchIdsPostgres(database: ChorusDb, query: string, limits: { profiles: number; tracks: number; concerts: number; releases: number }, now: Date): Promise<SearchHits> {
  const tsq = toTsQuery(query);
  if (!tsq) return { profileIds: [], trackIds: [], concertIds: [], releaseIds: [] };
  const q = sql`to_tsquery('simple', chorus_fold(${tsq}))`;
  const profileDoc = sql`${profiles.name} || ' ' || ${profiles.handle} || ' ' || coalesce(${profiles.city}, '') || ' ' || ${profiles.bio}`;
  const profileRank = sql`ts_rank(${weighted(sql`${profiles.name}`, "A")} || ${weighted(sql`${profiles.handle}`, "B")} || ${weighted(sql`coalesce(${profiles.city}, '') || ' ' || ${profiles.bio}`, "C")}, ${q}) * (CASE WHEN ${profiles.kind} = 'listener' THEN 0.5 ELSE 1.0 END)`;
  let profileIds = (await database.select({ id: profiles.id }).from(profiles).where(sql`${vector(profileDoc)} @@ ${q}`).orderBy(desc(profileRank), desc(profiles.followerCount)).limit(limits.profiles)).map((r) => r.id);
  if (!profileIds.length && limits.profiles) {
    // One typo away ("beyonse"): trigram similarity on the folded name.
    const typed = sql`chorus_fold(${query.slice(0, 100)})`;
    profileIds = (await database.select({ id: profiles.id }).from(profiles).where(sql`chorus_fold(${profiles.name}) % ${typed}`).orderBy(desc(sql`similarity(chorus_fold(${profiles.name}), ${typed})`), desc(profiles.followerCount)).limit(limits.profiles)).map((r) => r.id);
  }
  const trackIds = limits.tracks
    ? (
        await database
          .select({ id: tracks.id })
          .from(tracks)
          .innerJoin(profiles, eq(profiles.id, tracks.profileId))
          .leftJoin(releases, eq(releases.id, tracks.releaseId))
          .where(and(sql`${vector(sql`${tracks.title} || ' ' || ${profiles.name} || ' ' || coalesce(${tracks.genre}, '')`)} @@ ${q}`, eq(tracks.status, "published"), lte(tracks.publishedAt, now), sql`(${releases.id} IS NULL OR (${releases.status} = 'published' AND ${releases.releaseAt} <= ${now.toISOString()}::timestamptz))`))
          .orderBy(desc(sql`ts_rank(${weighted(sql`${tracks.title}`, "A")} || ${weighted(sql`${profiles.name}`, "B")} || ${weighted(sql`coalesce(${tracks.genre}, '')`, "C")}, ${q})`), desc(tracks.playCount))
          .limit(limits.tracks)
      ).map((r) => r.id)
    : [];
  const concertIds = limits.concerts
    ? (
        await database
          .select({ id: concerts.id })
          .from(concerts)
          .innerJoin(profiles, eq(profiles.id, concerts.profileId))
          .where(and(sql`${vector(sql`${concerts.venueName} || ' ' || ${concerts.city} || ' ' || ${profiles.name}`)} @@ ${q}`, gte(concerts.startsAt, now)))
          .orderBy(desc(sql`ts_rank(${vector(sql`${concerts.venueName} || ' ' || ${concerts.city} || ' ' || ${profiles.name}`)}, ${q})`), concerts.startsAt)
          .limit(limits.concerts)
      ).map((r) => r.id)
    : [];
  const releaseIds = limits.releases
    ? (
        await database
          .select({ id: releases.id })
          .from(releases)
          .innerJoin(profiles, eq(profiles.id, releases.profileId))
          .where(and(sql`${vector(sql`${releases.title} || ' ' || ${profiles.name}`)} @@ ${q}`, eq(releases.status, "published"), lte(releases.releaseAt, now)))
          .orderBy(desc(sql`ts_rank(${weighted(sql`${releases.title}`, "A")} || ${weighted(sql`${profiles.name}`, "B")}, ${q})`), desc(releases.releaseAt))
          .limit(limits.releases)
      ).map((r) => r.id)
    : [];
  return { profileIds, trackIds, concertIds, releaseIds };
}

/** The concerts city filter: every typed word a prefix of a word of the city, accents folded. */
export function cityFilterPostgres(typed: string): SQL | null {
  const tsq = toTsQuery(typed, 4);
  return tsq ? sql`to_tsvector('simple', chorus_fold(${concerts.city})) @@ to_tsquery('simple', chorus_fold(${tsq}))` : null;
}
