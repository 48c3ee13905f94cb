import { text, timestamp as pgTimestamp } from "drizzle-orm/pg-core";
import { newId } from "../../../lib/ids";

/** A random public id (never sequential: ids appear in URLs and embed codes). */
export const idColumn = () => text("id").primaryKey().$defaultFn(() => newId());

/** A UTC instant with millisecond precision, exposed to TypeScript as Date (SQLite keeps UTC milliseconds). */
export const timestamp = (name: string) => pgTimestamp(name, { withTimezone: true, precision: 3, mode: "date" });

export const createdAt = () =>
  timestamp("created_at").notNull().$defaultFn(() => new Date());
