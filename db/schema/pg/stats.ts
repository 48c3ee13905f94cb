import { index, integer, primaryKey, pgTable, text } from "drizzle-orm/pg-core";
import { profiles } from "./profiles";

/**
 * Studio's numbers: one row per page, metric, UTC day and dimension (a track id,
 * a source, a website, a country...), kept up to date as plays and follows
 * happen (lib/studio/rollups.ts). Dashboards read these few hundred rows, never
 * raw events. Counts only: no row says who.
 */
export const pageStatsDaily = pgTable(
  "page_stats_daily",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    /** YYYY-MM-DD, UTC; "all" for running totals (where followers are). */
    day: text("day").notNull(),
    dimension: text("dimension").notNull().default(""),
    value: integer("value").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.metric, t.day, t.dimension] })],
);

/**
 * Who has listened to a page, and on which days first and last: what tells a
 * new listener from a returning one, and a listener's first play of the day from
 * the next, in one key lookup (and after raw plays are pruned). Never shown:
 * Studio reads only the counts in page_stats_daily.
 */
export const pageListeners = pgTable(
  "page_listeners",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    listenerId: text("listener_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    /** YYYY-MM-DD, UTC. */
    firstDay: text("first_day").notNull(),
    lastDay: text("last_day").notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.listenerId] }), index("page_listeners_listener_idx").on(t.listenerId)],
);
