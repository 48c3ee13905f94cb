import { relations } from "drizzle-orm";
import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { OBJECT_TYPES } from "../enums";
import { profiles } from "./profiles";
import { users } from "./accounts";

export const conversations = pgTable(
  "conversations",
  {
    id: idColumn(),
    title: text("title"),
    createdById: text("created_by_id").notNull().references(() => profiles.id),
    createdAt: createdAt(),
    lastMessageAt: timestamp("last_message_at").notNull().$defaultFn(() => new Date()),
  },
  (t) => [index("conversations_last_message_idx").on(t.lastMessageAt)],
);

/** status "request": a stranger wrote; the member has not accepted yet. */
export const conversationMembers = pgTable(
  "conversation_members",
  {
    conversationId: text("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["active", "request", "declined", "left"] }).notNull().default("active"),
    lastReadAt: timestamp("last_read_at"),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.profileId] }), index("conversation_members_profile_idx").on(t.profileId, t.status)],
);

export const messages = pgTable(
  "messages",
  {
    id: idColumn(),
    conversationId: text("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
    senderId: text("sender_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    /** Plain text, never rendered as HTML. */
    body: text("body").notNull().default(""),
    attachmentType: text("attachment_type", { enum: OBJECT_TYPES }),
    attachmentId: text("attachment_id"),
    createdAt: createdAt(),
    /** Removed by a moderator: no longer shown to anyone. */
    hiddenAt: timestamp("hidden_at"),
    /** The account that wrote it (for a page, which team member): who a report about it is about. */
    authorUserId: text("author_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("messages_conversation_created_idx").on(t.conversationId, t.createdAt), index("messages_sender_created_idx").on(t.senderId, t.createdAt)],
);

export const conversationsRelations = relations(conversations, ({ many }) => ({
  members: many(conversationMembers),
  messages: many(messages),
}));

export const conversationMembersRelations = relations(conversationMembers, ({ one }) => ({
  conversation: one(conversations, { fields: [conversationMembers.conversationId], references: [conversations.id] }),
  profile: one(profiles, { fields: [conversationMembers.profileId], references: [profiles.id] }),
}));

export const messagesRelations = relations(messages, ({ one }) => ({
  conversation: one(conversations, { fields: [messages.conversationId], references: [conversations.id] }),
  sender: one(profiles, { fields: [messages.senderId], references: [profiles.id] }),
}));
