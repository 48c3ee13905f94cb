import "server-only";
import { and, desc, eq, gt, inArray, ne, or, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { blocks, conversationMembers, conversations, messages, profiles } from "@/db/schema";
import { cardKey, hydrateCards, type MessageCard } from "./cards";
import { mediaUrl } from "@/lib/media/urls";
import { countAll, countDistinct } from "@/db/sql";
import { getTranslations } from "next-intl/server";

/** Message requests waiting for an answer. */
export async function pendingRequestCount(profileId: string): Promise<number> {
  return (await db.select({ n: countAll() }).from(conversationMembers).where(and(eq(conversationMembers.profileId, profileId), eq(conversationMembers.status, "request"))).limit(1))[0]?.n ?? 0;
}

/** Conversations with messages the viewer has not read. */
export async function unreadConversationCount(profileId: string): Promise<number> {
  const row = (await db
    .select({ n: countDistinct(conversationMembers.conversationId) })
    .from(conversationMembers)
    .innerJoin(messages, eq(messages.conversationId, conversationMembers.conversationId))
    .where(
      and(
        eq(conversationMembers.profileId, profileId),
        eq(conversationMembers.status, "active"),
        ne(messages.senderId, profileId),
        or(isNull(conversationMembers.lastReadAt), gt(messages.createdAt, conversationMembers.lastReadAt)),
      ),
    ).limit(1))[0];
  return row?.n ?? 0;
}

export type ConversationSummary = {
  id: string;
  title: string;
  members: { handle: string; name: string; avatarUrl: string | null }[];
  lastMessage: string | null;
  lastMessageAt: Date;
  status: string;
  unread: number;
};

export async function listConversations(profileId: string): Promise<ConversationSummary[]> {
  const rows = await db
    .select({ c: conversations, status: conversationMembers.status })
    .from(conversationMembers)
    .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
    .where(and(eq(conversationMembers.profileId, profileId), inArray(conversationMembers.status, ["active", "request"])))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(50);
  const unread = await unreadByConversation(profileId);
  const t = await getTranslations("errors");
  return await Promise.all(rows.map(async ({ c, status }) => {
    const members = (await db
      .select({ handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId })
      .from(conversationMembers)
      .innerJoin(profiles, eq(profiles.id, conversationMembers.profileId))
      .where(and(eq(conversationMembers.conversationId, c.id), ne(conversationMembers.profileId, profileId))))
      .map((m) => ({ handle: m.handle, name: m.name, avatarUrl: mediaUrl(m.avatarId) }));
    const last = (await db.select({ body: messages.body }).from(messages).where(and(eq(messages.conversationId, c.id), isNull(messages.hiddenAt))).orderBy(desc(messages.createdAt)).limit(1))[0];
    return { id: c.id, title: c.title ?? members.map((m) => m.name).join(", "), members, lastMessage: last ? last.body || t("messages.sharedSomething") : null, lastMessageAt: c.lastMessageAt, status, unread: unread.get(c.id) ?? 0 };
  }));
}

export type ChatMessage = {
  id: string;
  body: string;
  createdAt: string;
  mine: boolean;
  sender: { id: string; handle: string; name: string; avatarUrl: string | null };
  card: MessageCard | null;
};

export type ConversationView = {
  id: string;
  title: string;
  myStatus: string;
  members: { id: string; handle: string; name: string; avatarUrl: string | null; status: string }[];
  /** When every other member has read up to a moment: for "Seen". */
  othersReadAt: string | null;
};

/** The conversation if the viewer is in it (declined requests included, left ones not); else null. */
/** The newest messages one member sent in a conversation, newest first (what a report quotes). */
export async function latestMessagesFrom(conversationId: string, senderId: string, limit: number): Promise<string[]> {
  return (await db
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.senderId, senderId), isNull(messages.hiddenAt)))
    .orderBy(desc(messages.createdAt))
    .limit(limit))
    .map((m) => m.body);
}

export async function getConversationFor(conversationId: string, profileId: string): Promise<ConversationView | null> {
  const me = (await db.select({ status: conversationMembers.status }).from(conversationMembers).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, profileId))).limit(1))[0];
  if (!me || me.status === "left") return null;
  const c = (await db.select().from(conversations).where(eq(conversations.id, conversationId)).limit(1))[0];
  if (!c) return null;
  const members = await db
    .select({ id: profiles.id, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId, status: conversationMembers.status, lastReadAt: conversationMembers.lastReadAt })
    .from(conversationMembers)
    .innerJoin(profiles, eq(profiles.id, conversationMembers.profileId))
    .where(and(eq(conversationMembers.conversationId, conversationId), ne(conversationMembers.profileId, profileId)));
  const reads = members.map((m) => m.lastReadAt?.getTime() ?? 0);
  return {
    id: c.id,
    title: c.title ?? members.map((m) => m.name).join(", "),
    myStatus: me.status,
    members: members.map((m) => ({ id: m.id, handle: m.handle, name: m.name, avatarUrl: mediaUrl(m.avatarId), status: m.status })),
    othersReadAt: reads.length && Math.min(...reads) > 0 ? new Date(Math.min(...reads)).toISOString() : null,
  };
}

/** Messages oldest first: the latest `limit`, or those after `after` (for the live stream). */
export async function listMessages(conversationId: string, viewerId: string, opts: { after?: Date; limit?: number } = {}): Promise<ChatMessage[]> {
  const rows = (await db
    .select({ m: messages, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId })
    .from(messages)
    .innerJoin(profiles, eq(profiles.id, messages.senderId))
    // Removed by a moderator: gone for everyone.
    .where(and(eq(messages.conversationId, conversationId), isNull(messages.hiddenAt), opts.after ? gt(messages.createdAt, opts.after) : undefined))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(opts.limit ?? 100))
    .reverse();
  const cards = await hydrateCards(rows.map((r) => ({ type: r.m.attachmentType, id: r.m.attachmentId })));
  return rows.map((r) => ({
    id: r.m.id,
    body: r.m.body,
    createdAt: r.m.createdAt.toISOString(),
    mine: r.m.senderId === viewerId,
    sender: { id: r.m.senderId, handle: r.handle, name: r.name, avatarUrl: mediaUrl(r.avatarId) },
    card: r.m.attachmentType && r.m.attachmentId ? (cards.get(cardKey(r.m.attachmentType, r.m.attachmentId)) ?? { kind: "gone", type: r.m.attachmentType }) : null,
  }));
}

/** Unread messages per conversation for one member. */
export async function unreadByConversation(profileId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: conversationMembers.conversationId, n: countAll(messages.id) })
    .from(conversationMembers)
    .innerJoin(messages, eq(messages.conversationId, conversationMembers.conversationId))
    .where(and(eq(conversationMembers.profileId, profileId), ne(messages.senderId, profileId), or(isNull(conversationMembers.lastReadAt), gt(messages.createdAt, conversationMembers.lastReadAt))))
    .groupBy(conversationMembers.conversationId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function profileIdByHandle(handle: string): Promise<string | null> {
  return (await db.select({ id: profiles.id }).from(profiles).where(sql`lower(${profiles.handle}) = ${handle.toLowerCase()}`).limit(1))[0]?.id ?? null;
}

export async function isBlocking(blockerId: string, blockedId: string): Promise<boolean> {
  return !!(await db.select({ one: sql`1` }).from(blocks).where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId))).limit(1))[0];
}
