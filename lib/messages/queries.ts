import "server-only";
import { and, desc, eq, gt, ne, or, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { conversationMembers, conversations, messages, profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

/** Conversations with messages the viewer has not read. */
export function unreadConversationCount(profileId: string): number {
  const row = db
    .select({ n: sql<number>`count(distinct ${conversationMembers.conversationId})` })
    .from(conversationMembers)
    .innerJoin(messages, eq(messages.conversationId, conversationMembers.conversationId))
    .where(
      and(
        eq(conversationMembers.profileId, profileId),
        eq(conversationMembers.status, "active"),
        ne(messages.senderId, profileId),
        or(isNull(conversationMembers.lastReadAt), gt(messages.createdAt, conversationMembers.lastReadAt)),
      ),
    )
    .get();
  return row?.n ?? 0;
}

export type ConversationSummary = {
  id: string;
  title: string;
  members: { handle: string; name: string; avatarUrl: string | null }[];
  lastMessage: string | null;
  lastMessageAt: Date;
  status: string;
};

export function listConversations(profileId: string): ConversationSummary[] {
  const rows = db
    .select({ c: conversations, status: conversationMembers.status })
    .from(conversationMembers)
    .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
    .where(and(eq(conversationMembers.profileId, profileId), ne(conversationMembers.status, "left")))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(50)
    .all();
  return rows.map(({ c, status }) => {
    const members = db
      .select({ handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId })
      .from(conversationMembers)
      .innerJoin(profiles, eq(profiles.id, conversationMembers.profileId))
      .where(and(eq(conversationMembers.conversationId, c.id), ne(conversationMembers.profileId, profileId)))
      .all()
      .map((m) => ({ handle: m.handle, name: m.name, avatarUrl: mediaUrl(m.avatarId) }));
    const last = db.select({ body: messages.body }).from(messages).where(eq(messages.conversationId, c.id)).orderBy(desc(messages.createdAt)).limit(1).get();
    return { id: c.id, title: c.title ?? members.map((m) => m.name).join(", "), members, lastMessage: last?.body ?? null, lastMessageAt: c.lastMessageAt, status };
  });
}
