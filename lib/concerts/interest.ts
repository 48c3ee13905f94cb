import { asc, count, desc, eq, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { concertInterests, profiles } from "@/db/schema";

export type InterestCity = { city: string | null; country: string | null; people: number };

/**
 * Where the people interested in a show live, by city (their profile's city and
 * country), most first: counts only, never who. Studio applies its threshold
 * (lib/studio/privacy.ts) when it shows them.
 */
export async function interestByCity(database: Pick<ChorusDb, "select">, concertId: string, limit = 50): Promise<InterestCity[]> {
  const people = count();
  return await database
    .select({ city: profiles.city, country: profiles.country, people })
    .from(concertInterests)
    .innerJoin(profiles, eq(profiles.id, concertInterests.profileId))
    .where(eq(concertInterests.concertId, concertId))
    .groupBy(profiles.city, profiles.country)
    // Most first; ties (and the rows Studio withholds) by name, unknown cities last, the same on both engines.
    .orderBy(desc(people), asc(sql`${profiles.city} is null`), asc(profiles.city), asc(profiles.country))
    .limit(limit);
}
