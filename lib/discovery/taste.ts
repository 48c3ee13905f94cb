/**
 * A listener's sign-up answers: up to MAX_GENRES genres they like, picked on the
 * home page's first steps (skippable). Private: used by Discover, listed in the
 * data export, never shown on the profile.
 */
import { asc, eq, inArray } from "drizzle-orm";
import { getLocale, getTranslations } from "next-intl/server";
import type { ChorusDb } from "@/db/client";
import { listenerGenres, profileGenres } from "@/db/schema";
import { MAX_GENRES } from "./taste-limits";


export async function genresOf(database: Pick<ChorusDb, "select">, profileId: string): Promise<string[]> {
  return (await database.select({ genre: listenerGenres.genre }).from(listenerGenres).where(eq(listenerGenres.profileId, profileId)).orderBy(asc(listenerGenres.position))).map((r) => r.genre);
}

/** Replaces the listener's genres; only genres some creator on Chorus plays (or that they already had) count. A refusal is said in the request's language. */
export async function setGenres(database: ChorusDb, profileId: string, picked: string[]): Promise<{ ok: true; genres: string[] } | { ok: false; message: string }> {
  const wanted = [...new Set(picked.map((g) => g.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length > MAX_GENRES) return { ok: false, message: (await getTranslations("errors"))("discovery.genresMax", { max: MAX_GENRES }) };
  const known = wanted.length ? new Set((await database.selectDistinct({ genre: profileGenres.genre }).from(profileGenres).where(inArray(profileGenres.genre, wanted))).map((r) => r.genre)) : new Set<string>();
  // A genre picked earlier stays allowed even if no creator plays it any more.
  for (const g of await genresOf(database, profileId)) known.add(g);
  const unknown = wanted.filter((g) => !known.has(g));
  if (unknown.length) {
    // "polka, techno, or ska": none of them is played; the list in the request's language.
    const genres = new Intl.ListFormat(await getLocale(), { type: "disjunction" }).format(unknown);
    return { ok: false, message: (await getTranslations("errors"))("discovery.nobodyPlays", { genres }) };
  }
  await database.transaction(async (tx) => {
    await tx.delete(listenerGenres).where(eq(listenerGenres.profileId, profileId));
    if (wanted.length) await tx.insert(listenerGenres).values(wanted.map((genre, position) => ({ profileId, genre, position })));
  });
  return { ok: true, genres: wanted };
}
