import { relations, sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, idColumn, timestamp } from "./columns";
import { mediaFiles } from "./media";
import { PROFILE_KINDS, FOLLOW_SOURCES, NOTIFY_LEVELS, MESSAGE_POLICIES, REPORT_TARGETS, MODERATION_ACTIONS } from "../enums";

/**
 * A public identity. Every account owns exactly one listener profile (its
 * personal one) and may manage any number of artist, label and publication
 * profiles. Follows, likes, messages and activities all point at profiles.
 */
export const profiles = pgTable(
  "profiles",
  {
    id: idColumn(),
    ownerId: text("owner_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: PROFILE_KINDS }).notNull(),
    handle: text("handle").notNull(),
    name: text("name").notNull(),
    bio: text("bio").notNull().default(""),
    /** JSON array of { label, url } with http(s) urls only. */
    links: jsonb("links").$type<{ label: string; url: string }[]>().notNull().default(sql`'[]'::jsonb`),
    city: text("city"),
    country: text("country"),
    avatarId: text("avatar_id").references(() => mediaFiles.id, { onDelete: "set null" }),
    bannerId: text("banner_id").references(() => mediaFiles.id, { onDelete: "set null" }),
    /** Denormalised counters, changed in the same transaction as the follow rows. */
    followerCount: integer("follower_count").notNull().default(0),
    followingCount: integer("following_count").notNull().default(0),
    verified: boolean("verified").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull().$defaultFn(() => new Date()),
    /** Deleted by its owner: a tombstone that keeps orders readable; hidden everywhere else. */
    deletedAt: timestamp("deleted_at"),
    /** Library's "Recently played": plays before this instant are not shown (cleared); off hides it. */
    historyFrom: timestamp("history_from"),
    historyOff: boolean("history_off").notNull().default(false),
    /** Listener privacy: who may start a conversation, and whether the follow lists are shown to others. */
    messagePolicy: text("message_policy", { enum: MESSAGE_POLICIES }).notNull().default("everyone"),
    hideFollows: boolean("hide_follows").notNull().default(false),
    /** A private listener: what it shares, follows and adds reaches only the followers it approved. */
    isPrivate: boolean("is_private").notNull().default(false),
    /** Off: the page is not an ActivityPub actor ("don't federate my page"); nothing of it leaves this server. */
    federate: boolean("federate").notNull().default(true),
  },
  (t) => [
    uniqueIndex("profiles_handle_lower_unique").on(sql`lower(${t.handle})`),
    index("profiles_owner_idx").on(t.ownerId),
    uniqueIndex("profiles_one_listener_per_owner").on(t.ownerId).where(sql`${t.kind} = 'listener'`),
    index("profiles_kind_created_idx").on(t.kind, t.createdAt),
    index("profiles_country_city_idx").on(t.country, t.city),
    index("profiles_follower_count_idx").on(t.followerCount),
  ],
);

/**
 * A handle a profile used before: links and embeds that name it redirect to the
 * profile, and nobody else can take it until `reservedUntil`.
 */
export const handleHistory = pgTable(
  "handle_history",
  {
    handleLower: text("handle_lower").primaryKey(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    reservedUntil: timestamp("reserved_until").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("handle_history_profile_idx").on(t.profileId)],
);

/** Genres as rows so discovery and concert filters can use an index. */
export const profileGenres = pgTable(
  "profile_genres",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    genre: text("genre").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.genre] }), index("profile_genres_genre_idx").on(t.genre)],
);

/**
 * The genres a listener said they like (at sign-up, skippable): private, never
 * shown on their profile; Discover starts from them before there are follows.
 */
export const listenerGenres = pgTable(
  "listener_genres",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    genre: text("genre").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.genre] })],
);

export const follows = pgTable(
  "follows",
  {
    followerId: text("follower_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    followeeId: text("followee_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    source: text("source", { enum: FOLLOW_SOURCES }).notNull().default("app"),
    /** For embed follows: the origin of the site that embedded the button. */
    sourceOrigin: text("source_origin"),
    notifyLevel: text("notify_level", { enum: NOTIFY_LEVELS }).notNull().default("all"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.followerId, t.followeeId] }),
    index("follows_followee_created_idx").on(t.followeeId, t.createdAt),
    index("follows_follower_created_idx").on(t.followerId, t.createdAt),
    index("follows_followee_source_idx").on(t.followeeId, t.source, t.sourceOrigin),
  ],
);

export const blocks = pgTable(
  "blocks",
  {
    blockerId: text("blocker_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    blockedId: text("blocked_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index("blocks_blocked_idx").on(t.blockedId)],
);

export const reports = pgTable(
  "reports",
  {
    id: idColumn(),
    reporterId: text("reporter_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    /** A report of one comment by the profile (kept when the comment is deleted: it is the evidence). */
    commentId: text("comment_id"),
    commentText: text("comment_text"),
    createdAt: createdAt(),
    /** What is reported (null on older rows: the profile, or the comment when commentId is set) and a copy of it as evidence. */
    targetType: text("target_type", { enum: REPORT_TARGETS }),
    targetId: text("target_id"),
    excerpt: text("excerpt"),
    /** Open until a moderator acts; the outcome is told to the reporter. */
    resolvedAt: timestamp("resolved_at"),
    resolvedBy: text("resolved_by").references(() => users.id, { onDelete: "set null" }),
    /** The account that wrote what is reported, when it is not the profile's owner (a team member writing as a page). */
    subjectUserId: text("subject_user_id").references(() => users.id, { onDelete: "set null" }),
    outcome: text("outcome", { enum: MODERATION_ACTIONS }),
  },
  (t) => [
    index("reports_profile_idx").on(t.profileId),
    index("reports_reporter_idx").on(t.reporterId),
    index("reports_comment_idx").on(t.commentId),
    index("reports_open_idx").on(t.resolvedAt, t.createdAt),
    index("reports_resolved_by_idx").on(t.resolvedBy),
  ],
);

/** Muted: their activity stays out of the muter's stream, without unfollowing and without telling them. */
export const mutes = pgTable(
  "mutes",
  {
    muterId: text("muter_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    mutedId: text("muted_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.muterId, t.mutedId] }), index("mutes_muted_idx").on(t.mutedId)],
);

/** Followers a private listener approved: only they see its activity in their stream. */
export const followerApprovals = pgTable(
  "follower_approvals",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    followerId: text("follower_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.followerId] }), index("follower_approvals_follower_idx").on(t.followerId)],
);

/** Every moderation action, who took it and on what: the moderators' audit log. */
export const moderationActions = pgTable(
  "moderation_actions",
  {
    id: idColumn(),
    moderatorId: text("moderator_id").references(() => users.id, { onDelete: "set null" }),
    /** The account acted on (suspended, warned, whose content was hidden). */
    subjectUserId: text("subject_user_id").references(() => users.id, { onDelete: "set null" }),
    reportId: text("report_id").references(() => reports.id, { onDelete: "set null" }),
    action: text("action", { enum: MODERATION_ACTIONS }).notNull(),
    targetType: text("target_type", { enum: REPORT_TARGETS }),
    targetId: text("target_id"),
    note: text("note").notNull().default(""),
    until: timestamp("until"),
    createdAt: createdAt(),
  },
  (t) => [
    index("moderation_actions_created_idx").on(t.createdAt),
    index("moderation_actions_moderator_idx").on(t.moderatorId),
    index("moderation_actions_subject_idx").on(t.subjectUserId),
    index("moderation_actions_report_idx").on(t.reportId),
  ],
);

export const profilesRelations = relations(profiles, ({ one, many }) => ({
  owner: one(users, { fields: [profiles.ownerId], references: [users.id] }),
  avatar: one(mediaFiles, { fields: [profiles.avatarId], references: [mediaFiles.id], relationName: "avatar" }),
  banner: one(mediaFiles, { fields: [profiles.bannerId], references: [mediaFiles.id], relationName: "banner" }),
  genres: many(profileGenres),
  followers: many(follows, { relationName: "followee" }),
  following: many(follows, { relationName: "follower" }),
}));

export const profileGenresRelations = relations(profileGenres, ({ one }) => ({
  profile: one(profiles, { fields: [profileGenres.profileId], references: [profiles.id] }),
}));

export const followsRelations = relations(follows, ({ one }) => ({
  follower: one(profiles, { fields: [follows.followerId], references: [profiles.id], relationName: "follower" }),
  followee: one(profiles, { fields: [follows.followeeId], references: [profiles.id], relationName: "followee" }),
}));

export const blocksRelations = relations(blocks, ({ one }) => ({
  blocker: one(profiles, { fields: [blocks.blockerId], references: [profiles.id] }),
  blocked: one(profiles, { fields: [blocks.blockedId], references: [profiles.id] }),
}));

/** Muting and unfollowing, timestamped, so creators can see how announcements land (aggregates only). */
export const followEvents = pgTable(
  "follow_events",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    followerId: text("follower_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    followeeId: text("followee_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["muted", "unfollowed"] }).notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("follow_events_followee_at_idx").on(t.followeeId, t.at)],
);
