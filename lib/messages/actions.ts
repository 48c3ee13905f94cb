"use server";

import { and, eq, or, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/db";
import { blocks, follows, profiles, reports } from "@/db/schema";
import { OBJECT_TYPES } from "@/db/schema";
import { getViewer } from "@/lib/auth/viewer";
import type { ActionState } from "@/lib/forms/action-state";
import { hitRateLimit } from "@/lib/rate-limit";
import { requestOrigin } from "@/lib/site-server";
import { listConversations, listMessages, profileIdByHandle, type ChatMessage } from "./queries";
import { chorusLinkAttachment, markRead, MAX_BODY, MAX_MEMBERS, respondToRequest, sendToConversation, sendToProfiles, type Attachment } from "./send";

const publicId = z.string().regex(/^[0-9A-Za-z]{6,32}$/);
const MESSAGE_RATE = { limit: 30, windowMs: 60_000 };
const body = z.string().max(MAX_BODY, `Messages can be at most ${MAX_BODY.toLocaleString("en")} characters.`).transform((s) => s.replace(/\r\n?/g, "\n").trim());

/** A link to a Chorus page inside the text becomes the message's card. */
async function attachmentFor(text: string, explicit: Attachment): Promise<Attachment> {
  if (explicit) return explicit;
  const found = chorusLinkAttachment(text, await requestOrigin());
  if (found?.type === "profile" && found.id.startsWith("@")) {
    const id = profileIdByHandle(found.id.slice(1));
    return id ? { type: "profile", id } : null;
  }
  return found;
}

async function sender() {
  const viewer = await getViewer();
  if (!viewer) return { error: "Sign in again to send messages." } as const;
  if (!hitRateLimit(db, `message:${viewer.profile.id}`, MESSAGE_RATE).allowed) return { error: "You are sending messages very fast. Wait a minute and try again." } as const;
  return { viewer } as const;
}

export type SendResult = { ok: true; message: ChatMessage | null } | { ok: false; message: string };

export async function sendMessageAction(raw: { conversationId: string; body: string }): Promise<SendResult> {
  const parsed = z.object({ conversationId: publicId, body }).safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That message cannot be sent." };
  if (!parsed.data.body) return { ok: false, message: "Write something first." };
  const who = await sender();
  if ("error" in who) return { ok: false, message: who.error! };
  const result = sendToConversation(db, parsed.data.conversationId, who.viewer.profile.id, parsed.data.body, await attachmentFor(parsed.data.body, null));
  if (!result.ok) return result;
  revalidatePath("/messages");
  const sent = listMessages(result.conversationId, who.viewer.profile.id, { limit: 1 })[0] ?? null;
  return { ok: true, message: sent?.id === result.messageId ? sent : null };
}

export type StartState = ActionState<"to" | "body">;

/**
 * "New message": to one handle, or several (comma separated) for a group of up
 * to 20. One recipient lands in the existing one-to-one if there is one.
 */
export async function startConversationAction(_prev: StartState, form: FormData): Promise<StartState> {
  const values = { to: String(form.get("to") ?? ""), body: String(form.get("body") ?? "") };
  const parsed = z.object({ to: z.string().trim().min(1, "Who is it for? Enter a handle.").max(700), body }).safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])), values };
  if (!parsed.data.body) return { ok: false, fieldErrors: { body: "Write something first." }, values };
  const handles = [...new Set(parsed.data.to.split(/[,\s]+/).map((h) => h.replace(/^@/, "").trim().toLowerCase()).filter(Boolean))];
  if (handles.length > MAX_MEMBERS - 1) return { ok: false, fieldErrors: { to: `A conversation can have at most ${MAX_MEMBERS} people, you included.` }, values };
  const ids = handles.map((h) => [h, profileIdByHandle(h)] as const);
  const missing = ids.filter(([, id]) => !id).map(([h]) => `@${h}`);
  if (missing.length) return { ok: false, fieldErrors: { to: `No one on Chorus is called ${missing.join(", ")}.` }, values };
  const who = await sender();
  if ("error" in who) return { ok: false, message: who.error, values };
  const recipients = ids.map(([, id]) => id!).filter((id) => id !== who.viewer.profile.id);
  if (!recipients.length) return { ok: false, fieldErrors: { to: "That is you." }, values };
  const result = sendToProfiles(db, who.viewer.profile.id, recipients, parsed.data.body, await attachmentFor(parsed.data.body, null));
  if (!result.ok) return { ok: false, message: result.message, values };
  revalidatePath("/messages");
  redirect(`/messages/${result.conversationId}${result.requested ? "?requested=1" : ""}`);
}

export type ShareTarget = { id: string; title: string };

export async function shareTargetsAction(): Promise<{ ok: true; targets: ShareTarget[] } | { ok: false; signIn: true }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, signIn: true };
  return { ok: true, targets: listConversations(viewer.profile.id).filter((c) => c.status === "active").slice(0, 20).map((c) => ({ id: c.id, title: c.title })) };
}

const shareInput = z.object({
  conversationIds: z.array(publicId).min(1, "Pick at least one conversation.").max(10, "Share into at most 10 conversations at once."),
  type: z.enum(OBJECT_TYPES),
  id: publicId,
  note: body,
});

/** Sends a card (track, release, profile, concert, product, video) with an optional note into conversations. */
export async function shareToConversationsAction(raw: { conversationIds: string[]; type: string; id: string; note: string }): Promise<{ ok: true; sent: number } | { ok: false; message: string }> {
  const parsed = shareInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That cannot be shared." };
  const who = await sender();
  if ("error" in who) return { ok: false, message: who.error! };
  let sent = 0;
  const refusals: string[] = [];
  for (const conversationId of parsed.data.conversationIds) {
    const r = sendToConversation(db, conversationId, who.viewer.profile.id, parsed.data.note, { type: parsed.data.type, id: parsed.data.id });
    if (r.ok) sent += 1;
    else refusals.push(r.message);
  }
  revalidatePath("/messages");
  return sent ? { ok: true, sent } : { ok: false, message: refusals[0] ?? "Nothing was sent." };
}

export async function markReadAction(conversationId: string): Promise<void> {
  const viewer = await getViewer();
  if (!viewer || !publicId.safeParse(conversationId).success) return;
  markRead(db, conversationId, viewer.profile.id);
  revalidatePath("/", "layout");
}

export async function respondToRequestAction(conversationId: string, accept: boolean): Promise<void> {
  const viewer = await getViewer();
  if (!viewer || !publicId.safeParse(conversationId).success) return;
  respondToRequest(db, conversationId, viewer.profile.id, accept);
  revalidatePath("/messages");
  if (!accept) redirect("/messages");
}

/**
 * Block: they can no longer message you, follow you, or see your activity in
 * their stream (follows both ways are removed, counters with them). Unblock undoes only the block.
 */
export async function blockAction(profileId: string, block: boolean): Promise<{ ok: boolean; message: string }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to block." };
  if (!publicId.safeParse(profileId).success || profileId === viewer.profile.id || viewer.managed.some((m) => m.id === profileId)) return { ok: false, message: "You cannot block this profile." };
  const me = viewer.profile.id;
  db.transaction((tx) => {
    if (!block) {
      tx.delete(blocks).where(and(eq(blocks.blockerId, me), eq(blocks.blockedId, profileId))).run();
      return;
    }
    tx.insert(blocks).values({ blockerId: me, blockedId: profileId }).onConflictDoNothing().run();
    const pairs = tx.select().from(follows).where(or(and(eq(follows.followerId, me), eq(follows.followeeId, profileId)), and(eq(follows.followerId, profileId), eq(follows.followeeId, me)))).all();
    for (const f of pairs) {
      tx.delete(follows).where(and(eq(follows.followerId, f.followerId), eq(follows.followeeId, f.followeeId))).run();
      tx.update(profiles).set({ followerCount: sql`max(0, ${profiles.followerCount} - 1)` }).where(eq(profiles.id, f.followeeId)).run();
      tx.update(profiles).set({ followingCount: sql`max(0, ${profiles.followingCount} - 1)` }).where(eq(profiles.id, f.followerId)).run();
    }
  });
  revalidatePath("/", "layout");
  return { ok: true, message: block ? "Blocked. They can no longer message or follow you." : "Unblocked." };
}

export async function reportAction(profileId: string, reason: string): Promise<{ ok: boolean; message: string }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to report." };
  const parsed = z.object({ profileId: publicId, reason: z.string().trim().min(3, "Tell us briefly what is wrong.").max(500, "Keep it under 500 characters.") }).safeParse({ profileId, reason });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That report cannot be sent." };
  if (!hitRateLimit(db, `report:${viewer.profile.id}`, { limit: 10, windowMs: 3_600_000 }).allowed) return { ok: false, message: "You have sent many reports in the last hour. Try again later." };
  db.insert(reports).values({ reporterId: viewer.profile.id, profileId: parsed.data.profileId, reason: parsed.data.reason }).run();
  return { ok: true, message: "Thanks. Our moderators will look at it." };
}
