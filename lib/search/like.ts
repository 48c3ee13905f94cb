import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** The words of a typed filter: lower case, at most five. */
export function filterWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
}

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One condition per word: each must appear in `text` (any case); a typed % or _ is itself, not a wildcard. */
export function containsEveryWord(text: SQLWrapper, q: string): SQL[] {
  return filterWords(q).map((w) => sql`lower(${text}) LIKE ${`%${escapeLike(w)}%`} ESCAPE '\\'`);
}

/** The same test in memory, for short lists already loaded. */
export function hasEveryWord(text: string, q: string): boolean {
  const lower = text.toLowerCase();
  return filterWords(q).every((w) => lower.includes(w));
}
