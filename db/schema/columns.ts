import { integer, text } from "drizzle-orm/sqlite-core";
import { newId } from "../../lib/ids";

/** A random public id (never sequential: ids appear in URLs and embed codes). */
export const idColumn = () => text("id").primaryKey().$defaultFn(() => newId());

/** UTC milliseconds, exposed to TypeScript as Date. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

export const createdAt = () =>
  timestamp("created_at").notNull().$defaultFn(() => new Date());
