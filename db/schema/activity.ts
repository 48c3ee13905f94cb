import { relations } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { profiles } from "./profiles";
import { ACTIVITY_VERBS, OBJECT_TYPES, NOTIFICATION_TYPES } from "./enums";

/**
 * What a profile did. The feed is built by fan-out on read over
 * (actor_id, created_at): see lib/feed for the strategy.
 */
export const activities = sqliteTable(
  "activities",
  {
    id: idColumn(),
    actorId: text("actor_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    verb: text("verb", { enum: ACTIVITY_VERBS }).notNull(),
    objectType: text("object_type", { enum: OBJECT_TYPES }).notNull(),
    objectId: text("object_id").notNull(),
    /** Items sharing a group key collapse into one feed card. */
    groupKey: text("group_key"),
    /** Highlights: releases and concerts, which pass a "highlights" notify level. */
    highlight: integer("highlight", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    deletedAt: timestamp("deleted_at"),
  },
  (t) => [
    index("activities_actor_created_idx").on(t.actorId, t.createdAt),
    index("activities_object_idx").on(t.objectType, t.objectId),
    index("activities_created_idx").on(t.createdAt),
  ],
);

/** Creator announcements to followers, rate-limited per profile per week. */
export const announcements = sqliteTable(
  "announcements",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    reach: integer("reach").notNull().default(0),
    createdAt: createdAt(),
    /** Deleted by the page: gone from feeds and notifications, still counted against that week's allowance. */
    deletedAt: timestamp("deleted_at"),
  },
  (t) => [index("announcements_profile_created_idx").on(t.profileId, t.createdAt)],
);

export const notifications = sqliteTable(
  "notifications",
  {
    id: idColumn(),
    recipientId: text("recipient_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    type: text("type", { enum: NOTIFICATION_TYPES }).notNull(),
    actorId: text("actor_id").references(() => profiles.id, { onDelete: "cascade" }),
    objectType: text("object_type", { enum: OBJECT_TYPES }),
    objectId: text("object_id"),
    text: text("text").notNull(),
    readAt: timestamp("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_recipient_created_idx").on(t.recipientId, t.createdAt),
    index("notifications_recipient_unread_idx").on(t.recipientId, t.readAt),
    index("notifications_created_idx").on(t.createdAt),
  ],
);

export const activitiesRelations = relations(activities, ({ one }) => ({
  actor: one(profiles, { fields: [activities.actorId], references: [profiles.id] }),
}));

export const announcementsRelations = relations(announcements, ({ one }) => ({
  profile: one(profiles, { fields: [announcements.profileId], references: [profiles.id] }),
}));

export const notificationsRelations = relations(notifications, ({ one }) => ({
  recipient: one(profiles, { fields: [notifications.recipientId], references: [profiles.id], relationName: "recipient" }),
  actor: one(profiles, { fields: [notifications.actorId], references: [profiles.id], relationName: "notificationActor" }),
}));
