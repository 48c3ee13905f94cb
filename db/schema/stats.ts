import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { profiles } from "./profiles";

/**
 * Studio's numbers: one row per page, metric, UTC day and dimension (a track id,
 * a source, a website, a country...), kept up to date as plays and follows
 * happen (lib/studio/rollups.ts). Dashboards read these few hundred rows, never
 * raw events. Counts only: no row says who.
 */
export const pageStatsDaily = sqliteTable(
  "page_stats_daily",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    /** YYYY-MM-DD, UTC. */
    day: text("day").notNull(),
    dimension: text("dimension").notNull().default(""),
    value: integer("value").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.metric, t.day, t.dimension] })],
);
