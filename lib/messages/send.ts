import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { ChorusDb, Tx } from "@/db/client";
import { blocks, conversationMembers, conversations, messages, notifications, profiles } from "@/db/schema";
import type { ObjectType } from "@/db/schema";
import { newId } from "@/lib/ids";
import { decodeOrNull } from "@/lib/url";
import { CLOSED_MESSAGE, reachOf } from "./rules";
import { sqlTime } from "@/db/sql";
import { signal } from "@/db/live";
import { getTranslations } from "next-intl/server";

export const MAX_MEMBERS = 20;
export const MAX_BODY = 2000;

export type Attachment = { type: ObjectType; id: string } | null;
export type SendResult = { ok: true; conversationId: string; messageId: string; requested: boolean } | { ok: false; message: string };

class Refused extends Error { }

async function insertMessage(tx: Tx, conversationId: string, senderId: string, body: string, attachment: Attachment, now: Date, authorUserId: string | null) {
  const messageId = newId();
  await tx.insert(messages).values({ id: messageId, conversationId, senderId, body, attachmentType: attachment?.type ?? null, attachmentId: attachment?.id ?? null, createdAt: now, authorUserId });
  await tx.update(conversations).set({ lastMessageAt: now }).where(eq(conversations.id, conversationId));
  // The bell hears about a conversation once until it is read, not once per message;
  // requests stay quiet until accepted.
  await tx.run(sql`
    INSERT INTO notifications (id, recipient_id, type, actor_id, object_type, object_id, text, created_at)
    SELECT ${newId()} || '-' || m.profile_id, m.profile_id, 'message', ${senderId}, 'conversation', ${conversationId}, 'sent you a message', ${sqlTime(now)}
    FROM conversation_members m
    WHERE m.conversation_id = ${conversationId} AND m.profile_id != ${senderId} AND m.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = m.profile_id AND n.type = 'message' AND n.object_id = ${conversationId} AND n.read_at IS NULL)`);
  // Sending means you have read everything up to now.
  await tx.update(conversationMembers).set({ lastReadAt: now }).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, senderId)));
  // Open streams of this conversation, on any instance, look again once this commits.
  await signal(tx, "conversation", conversationId);
  return messageId;
}

/**
 * Writes to one or more profiles. One recipient: the existing one-to-one
 * conversation is reused. Recipients the sender may not reach directly get
 * the conversation as a request; a block on either side refuses the send.
 */
/** `authorUserId`: the account writing (for a page, which team member), so a report about the message is about them. */
export async function sendToProfiles(database: ChorusDb, senderId: string, recipientIds: string[], body: string, attachment: Attachment, now = new Date(), authorUserId: string | null = null): Promise<SendResult> {
  const others = [...new Set(recipientIds)].filter((id) => id !== senderId);
  if (!others.length) return { ok: false, message: "messages.chooseSomeone" };
  if (others.length + 1 > MAX_MEMBERS) return { ok: false, message: (await getTranslations("errors"))("messages.maxPeople", { max: MAX_MEMBERS }) };
  try {
    return await database.transaction(async (tx) => {
      const found = await tx.select({ id: profiles.id }).from(profiles).where(and(inArray(profiles.id, others), isNull(profiles.deletedAt)));
      if (found.length !== others.length) throw new Refused("messages.profileMissing");
      const reach = new Map(await Promise.all(others.map(async (id) => [id, await reachOf(tx, senderId, id)] as const)));
      if ([...reach.values()].includes("blocked")) throw new Refused(others.length === 1 ? "messages.cannotMessage" : "messages.cannotMessageOne");
      if ([...reach.values()].includes("closed")) throw new Refused(others.length === 1 ? CLOSED_MESSAGE : "messages.closedOne");
      let conversationId: string | null = null;
      if (others.length === 1) {
        // An existing one-to-one between exactly these two. (Single-table select: the
        // correlated subqueries name the outer column literally, as Drizzle leaves it unqualified.)
        conversationId =
          (await tx
            .select({ id: conversationMembers.conversationId })
            .from(conversationMembers)
            .where(and(eq(conversationMembers.profileId, senderId), sql`(SELECT count(*) FROM conversation_members m WHERE m.conversation_id = conversation_members.conversation_id) = 2`, sql`EXISTS (SELECT 1 FROM conversation_members m WHERE m.conversation_id = conversation_members.conversation_id AND m.profile_id = ${others[0]})`)).limit(1))[0]?.id ?? null;
      }
      let requested = false;
      if (!conversationId) {
        conversationId = newId();
        await tx.insert(conversations).values({ id: conversationId, createdById: senderId, createdAt: now, lastMessageAt: now });
        await tx.insert(conversationMembers).values({ conversationId, profileId: senderId, status: "active", lastReadAt: now, joinedAt: now });
        for (const id of others) {
          const status = reach.get(id) === "direct" ? "active" : "request";
          requested ||= status === "request";
          await tx.insert(conversationMembers).values({ conversationId, profileId: id, status, joinedAt: now });
        }
      } else {
        const me = (await tx.select({ status: conversationMembers.status }).from(conversationMembers).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, senderId))).limit(1))[0];
        // Writing back to a request accepts it; someone who declined cannot be written to again as a request.
        if (me?.status !== "active") await tx.update(conversationMembers).set({ status: "active" }).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, senderId)));
        const them = (await tx.select({ status: conversationMembers.status }).from(conversationMembers).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, others[0]))).limit(1))[0];
        if (them?.status === "declined") throw new Refused("messages.declined");
        requested = them?.status === "request";
      }
      const messageId = await insertMessage(tx, conversationId, senderId, body, attachment, now, authorUserId);
      return { ok: true as const, conversationId, messageId, requested };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

/** A message into an existing conversation the sender belongs to. Blocks between members refuse it. */
export async function sendToConversation(database: ChorusDb, conversationId: string, senderId: string, body: string, attachment: Attachment, now = new Date(), authorUserId: string | null = null): Promise<SendResult> {
  try {
    return await database.transaction(async (tx) => {
      const me = (await tx.select({ status: conversationMembers.status }).from(conversationMembers).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, senderId))).limit(1))[0];
      if (!me || me.status === "left" || me.status === "declined") throw new Refused("messages.notInConversation");
      const others = await tx.select({ id: conversationMembers.profileId, status: conversationMembers.status }).from(conversationMembers).where(and(eq(conversationMembers.conversationId, conversationId), ne(conversationMembers.profileId, senderId)));
      const blocked = others.length
        ? (await tx
          .select({ one: sql`1` })
          .from(blocks)
          .where(
            sql`(${blocks.blockerId} = ${senderId} AND ${blocks.blockedId} IN (${sql.join(others.map((o) => sql`${o.id}`), sql`, `)})) OR (${blocks.blockedId} = ${senderId} AND ${blocks.blockerId} IN (${sql.join(others.map((o) => sql`${o.id}`), sql`, `)}))`,
          ).limit(1))[0]
        : null;
      if (blocked) throw new Refused(others.length === 1 ? "messages.cannotMessage" : "messages.blockedInGroup");
      if (others.length === 1 && others[0].status === "declined") throw new Refused("messages.declined");
      // A request not yet accepted stops when its recipient has since closed their messages to the sender.
      for (const other of others.filter((o) => o.status === "request")) {
        if ((await reachOf(tx, senderId, other.id)) === "closed") throw new Refused(others.length === 1 ? CLOSED_MESSAGE : "messages.closedOne");
      }
      // Replying to a request accepts it.
      if (me.status === "request") await tx.update(conversationMembers).set({ status: "active" }).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, senderId)));
      const messageId = await insertMessage(tx, conversationId, senderId, body, attachment, now, authorUserId);
      return { ok: true as const, conversationId, messageId, requested: others.some((o) => o.status === "request") };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

export async function respondToRequest(database: ChorusDb, conversationId: string, profileId: string, accept: boolean): Promise<boolean> {
  return (
    (await database
      .update(conversationMembers)
      .set({ status: accept ? "active" : "declined" })
      .where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, profileId), eq(conversationMembers.status, "request")))).changes > 0
  );
}

/** Reading a conversation also clears its "sent you a message" notification. */
export async function markRead(database: ChorusDb, conversationId: string, profileId: string, now = new Date()): Promise<void> {
  await database.transaction(async (tx) => {
    await tx.update(conversationMembers).set({ lastReadAt: now }).where(and(eq(conversationMembers.conversationId, conversationId), eq(conversationMembers.profileId, profileId)));
    await tx.update(notifications).set({ readAt: now }).where(and(eq(notifications.recipientId, profileId), eq(notifications.type, "message"), eq(notifications.objectId, conversationId), isNull(notifications.readAt)));
    // The others' streams show "Seen".
    await signal(tx, "conversation", conversationId);
  });
}

/** Chorus links in a message become its attachment: the first one found. External links stay text. */
export function chorusLinkAttachment(body: string, origin: string): Attachment {
  const host = (() => {
    try {
      return new URL(origin).host;
    } catch {
      return null;
    }
  })();
  for (const match of body.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    let url: URL;
    try {
      url = new URL(match[0]);
    } catch {
      continue;
    }
    if (url.host !== host) continue;
    const m = /^\/(track|release|concert|merch|playlist)\/([0-9A-Za-z]{6,32})\/?$/.exec(url.pathname);
    if (m) return { type: m[1] === "merch" ? "product" : (m[1] as ObjectType), id: m[2] };
    const p = /^\/@([A-Za-z0-9_]{3,30})\/?$/.exec(decodeOrNull(url.pathname) ?? "");
    if (p) return { type: "profile", id: `@${p[1]}` };
  }
  return null;
}
