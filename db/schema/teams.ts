import { relations } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, idColumn, timestamp } from "./columns";
import { profiles } from "./profiles";
import { tracks } from "./music";
import { MEMBER_ROLES, MEMBERSHIP_STATUSES } from "./enums";

/**
 * Accounts other than the owner who work on a page, with one role each
 * (lib/auth/policy.ts says what a role may do). "invited" until the person
 * accepts from their notifications.
 */
export const pageMembers = sqliteTable(
  "page_members",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: MEMBER_ROLES }).notNull(),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull().default("invited"),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    acceptedAt: timestamp("accepted_at"),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.userId] }), index("page_members_user_idx").on(t.userId, t.status)],
);

/** An offer to hand a page to another account; ownership moves when that account accepts. One open offer per page. */
export const pageTransfers = sqliteTable(
  "page_transfers",
  {
    profileId: text("profile_id").primaryKey().references(() => profiles.id, { onDelete: "cascade" }),
    toUserId: text("to_user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    fromUserId: text("from_user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("page_transfers_to_idx").on(t.toUserId)],
);

/**
 * Who the owner chose to take a page over if their account is erased (a current
 * admin), or none: delete the page. Without a row, the longest-serving admin.
 */
export const pageHeirs = sqliteTable("page_heirs", {
  profileId: text("profile_id").primaryKey().references(() => profiles.id, { onDelete: "cascade" }),
  heirUserId: text("heir_user_id").references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

/** Who changed what on a page, and when: shown to its owner and admins. */
export const pageAudit = sqliteTable(
  "page_audit",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The actor's name when it happened: the log still reads after they leave. */
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    /** In English, as written: what a reader of the raw table (or an older row) gets. */
    summary: text("summary").notNull(),
    /** The same as a message of the "audit" namespace and its values, JSON ({ key, values }): read in each viewer's language. */
    says: text("says"),
    at: timestamp("at").notNull(),
  },
  (t) => [index("page_audit_profile_at_idx").on(t.profileId, t.at)],
);

/** A label's roster: artist pages it releases for, once the artist's side accepts. */
export const labelRoster = sqliteTable(
  "label_roster",
  {
    labelId: text("label_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    artistId: text("artist_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull().default("invited"),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    acceptedAt: timestamp("accepted_at"),
  },
  (t) => [primaryKey({ columns: [t.labelId, t.artistId] }), index("label_roster_artist_idx").on(t.artistId)],
);

export const pageMembersRelations = relations(pageMembers, ({ one }) => ({
  profile: one(profiles, { fields: [pageMembers.profileId], references: [profiles.id] }),
  user: one(users, { fields: [pageMembers.userId], references: [users.id] }),
}));

/** Featured artists on a track: pages credited by the track's team, shown linked until the credited page declines. */
export const trackCredits = sqliteTable(
  "track_credits",
  {
    trackId: text("track_id").notNull().references(() => tracks.id, { onDelete: "cascade" }),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["featured"] }).notNull().default("featured"),
    position: integer("position").notNull().default(0),
    declinedAt: timestamp("declined_at"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.trackId, t.profileId] }), index("track_credits_profile_idx").on(t.profileId)],
);
