import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { ENGINE } from "./engine";

/**
 * The few SQL spellings that differ between SQLite and PostgreSQL, in one
 * place: lib/ writes raw SQL with these and stays the same on both engines.
 */

/** A point in time as a raw-SQL value: UTC milliseconds on SQLite, a timestamptz on PostgreSQL. */
export const sqlTime = (at: Date): SQL => (ENGINE === "postgres" ? sql`${at.toISOString()}::timestamptz` : sql`${at.getTime()}`);

/** The larger of two values (SQLite's two-argument max, PostgreSQL's greatest). */
export const greatest = (a: SQLWrapper | number, b: SQLWrapper | number): SQL => (ENGINE === "postgres" ? sql`greatest(${a}, ${b})` : sql`max(${a}, ${b})`);

/** A boolean literal both engines read as a condition. */
export const sqlBool = (value: boolean): SQL => (value ? sql`(1 = 1)` : sql`(1 = 0)`);

/** count(*) as a number on both engines (PostgreSQL's bigint arrives as a string). */
export const countAll = (expression?: SQLWrapper): SQL<number> => (expression ? sql`count(${expression})` : sql`count(*)`).mapWith(Number);

/** count(distinct …) as a number. */
export const countDistinct = (expression: SQLWrapper): SQL<number> => sql`count(distinct ${expression})`.mapWith(Number);

/** A time plus a fixed number of milliseconds (integers on SQLite, an interval on PostgreSQL). */
export const plusMs = (time: SQLWrapper | SQL, ms: number): SQL => {
  const n = Math.trunc(ms);
  return ENGINE === "postgres" ? sql`(${time} + ${sql.raw(`interval '${n} milliseconds'`)})` : sql`(${time} + ${sql.raw(String(n))})`;
};

/** Values of a subquery's column joined into one text (SQLite's group_concat, PostgreSQL's string_agg). */
export const joinedText = (column: SQL, separator: string): SQL<string> => (ENGINE === "postgres" ? sql`string_agg(${column}, ${separator})` : sql`group_concat(${column}, ${separator})`);
