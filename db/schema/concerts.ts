import { relations } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { profiles } from "./profiles";
import { CONCERT_STATUSES } from "./enums";

export const concerts = sqliteTable(
  "concerts",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    venueName: text("venue_name").notNull(),
    address: text("address").notNull().default(""),
    city: text("city").notNull(),
    country: text("country").notNull(),
    /** IANA zone of the venue, e.g. Europe/Berlin. */
    timeZone: text("time_zone").notNull(),
    /** The instant the show starts (UTC); shown in the venue's and viewer's zone. */
    startsAt: timestamp("starts_at").notNull(),
    ticketUrl: text("ticket_url"),
    priceMinMinor: integer("price_min_minor"),
    priceMaxMinor: integer("price_max_minor"),
    currency: text("currency"),
    status: text("status", { enum: CONCERT_STATUSES }).notNull().default("scheduled"),
    /** Postponed to a date the artist has given (not "to be announced"): calendars show it as confirmed again. */
    rescheduled: integer("rescheduled", { mode: "boolean" }).notNull().default(false),
    /** Revision for calendars (iCalendar SEQUENCE): grows in the same UPDATE as every change to date, venue, status or lineup. */
    sequence: integer("sequence").notNull().default(0),
    interestedCount: integer("interested_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull().$defaultFn(() => new Date()),
  },
  (t) => [
    index("concerts_profile_starts_idx").on(t.profileId, t.startsAt),
    index("concerts_starts_idx").on(t.startsAt),
    index("concerts_country_city_starts_idx").on(t.country, t.city, t.startsAt),
  ],
);

/** Other acts on the bill: a Chorus profile or free text. */
export const concertLineup = sqliteTable(
  "concert_lineup",
  {
    concertId: text("concert_id").notNull().references(() => concerts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    profileId: text("profile_id").references(() => profiles.id, { onDelete: "set null" }),
    name: text("name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.concertId, t.position] }), index("concert_lineup_profile_idx").on(t.profileId)],
);

export const concertInterests = sqliteTable(
  "concert_interests",
  {
    concertId: text("concert_id").notNull().references(() => concerts.id, { onDelete: "cascade" }),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.concertId, t.profileId] }), index("concert_interests_profile_idx").on(t.profileId)],
);

export const concertsRelations = relations(concerts, ({ one, many }) => ({
  profile: one(profiles, { fields: [concerts.profileId], references: [profiles.id] }),
  lineup: many(concertLineup),
  interests: many(concertInterests),
}));

export const concertLineupRelations = relations(concertLineup, ({ one }) => ({
  concert: one(concerts, { fields: [concertLineup.concertId], references: [concerts.id] }),
  profile: one(profiles, { fields: [concertLineup.profileId], references: [profiles.id] }),
}));

export const concertInterestsRelations = relations(concertInterests, ({ one }) => ({
  concert: one(concerts, { fields: [concertInterests.concertId], references: [concerts.id] }),
  profile: one(profiles, { fields: [concertInterests.profileId], references: [profiles.id] }),
}));
