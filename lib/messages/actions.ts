"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { OBJECT_TYPES } from "@/db/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { LIMITS } from "@/lib/mutations/limits";
import { action, formAction, rateLimitMessage } from "@/lib/mutations/guard";
import { profileExists } from "@/lib/profiles/queries";
import { hitRateLimit } from "@/lib/rate-limit";
import { requestOrigin } from "@/lib/site-server";
import { setBlock } from "./block";
import { getConversationFor, latestMessagesFrom, listConversations, listMessages, profileIdByHandle, type ChatMessage } from "./queries";
import { reachOf } from "./rules";
import { fileReport, reportMessage, reportPageItem, reportTrack } from "@/lib/moderation/reports";
import { chorusLinkAttachment, markRead, MAX_BODY, MAX_MEMBERS, respondToRequest, sendToConversation, sendToProfiles, type Attachment } from "./send";
import { asQuery, messagingIdentity } from "./identity";

const publicId = z.string().refine(isId, "messages.conversationNotFound");
/** Writing as one of your pages (its inbox) instead of yourself. */
const asField = z.string().refine(isId, "common.unknownPage").optional();
const NOT_YOUR_PAGE = "messages.notYourPage";
const body = z.string().max(MAX_BODY, "messages.bodyMax").transform((s) => s.replace(/\r\n?/g, "\n").trim());

/** A link to a Chorus page inside the text becomes the message's card. */
async function attachmentFor(text: string): Promise<Attachment> {
  const found = chorusLinkAttachment(text, await requestOrigin());
  if (found?.type === "profile" && found.id.startsWith("@")) {
    const id = await profileIdByHandle(found.id.slice(1));
    return id ? { type: "profile", id } : null;
  }
  return found;
}

export const sendMessageAction = action(
  {
    name: "messages.send",
    signIn: "messages.signInToSend",
    input: z.object({ conversationId: publicId, body: body.refine((s) => s.length > 0, "common.writeSomething"), as: asField }),
    limits: [{ name: "message" }],
    revalidate: () => ["/messages"],
  },
  async (input, { viewer }): Promise<ActionState<string, { message: ChatMessage | null }>> => {
    const me = messagingIdentity(viewer, input.as);
    if (!me) return { ok: false, message: NOT_YOUR_PAGE };
    const result = await sendToConversation(db, input.conversationId, me.id, input.body, await attachmentFor(input.body), undefined, viewer.userId);
    if (!result.ok) return { ok: false, message: result.message };
    const sent = (await listMessages(result.conversationId, me.id, { limit: 1 }))[0] ?? null;
    return { ok: true, data: { message: sent?.id === result.messageId ? sent : null } };
  },
);

export type StartState = ActionState<"to" | "body">;

/**
 * "New message": to one handle, or several (comma separated) for a group of up
 * to 20. One recipient lands in the existing one-to-one if there is one.
 */
export const startConversationAction = formAction(
  {
    name: "messages.start",
    signIn: "messages.signInToSend",
    input: z.object({ to: z.string().trim().min(1, "messages.toRequired").max(700), body: body.refine((s) => s.length > 0, "common.writeSomething"), as: asField }),
    echo: ["to", "body"] as const,
    limits: [{ name: "message" }, { name: "newConversation" }],
    revalidate: () => ["/messages"],
  },
  async (input, { viewer }): Promise<StartState> => {
    const me = messagingIdentity(viewer, input.as);
    if (!me) return { ok: false, message: NOT_YOUR_PAGE };
    const t = await getTranslations("errors");
    const handles = [...new Set(input.to.split(/[,\s]+/).map((h) => h.replace(/^@/, "").trim().toLowerCase()).filter(Boolean))];
    if (handles.length > MAX_MEMBERS - 1) return { ok: false, fieldErrors: { to: t("messages.tooManyPeople", { max: MAX_MEMBERS }) } };
    const ids = await Promise.all(handles.map(async (h) => [h, await profileIdByHandle(h)] as const));
    const missing = ids.filter(([, id]) => !id).map(([h]) => `@${h}`);
    if (missing.length) return { ok: false, fieldErrors: { to: t("messages.unknownHandles", { handles: missing.join(", ") }) } };
    const recipients = ids.map(([, id]) => id!).filter((id) => id !== me.id);
    if (!recipients.length) return { ok: false, fieldErrors: { to: "messages.thatIsYou" } };
    // Writing to people with no follow either way lands in their Requests: a few a day, so requests stay worth reading.
    const requests = (await Promise.all(recipients.map((id) => reachOf(db, me.id, id)))).filter((reach) => reach === "request").length;
    for (let i = 0; i < requests; i++) {
      const hit = await hitRateLimit(db, `messageRequest:account:${viewer.userId}`, LIMITS.messageRequest);
      if (!hit.allowed) return { ok: false, message: await rateLimitMessage(LIMITS.messageRequest.message, hit.retryAfterMs), retryAfter: Math.ceil(hit.retryAfterMs / 1000) };
    }
    const result = await sendToProfiles(db, me.id, recipients, input.body, await attachmentFor(input.body), undefined, viewer.userId);
    if (!result.ok) return { ok: false, message: result.message };
    const query = [result.requested ? "requested=1" : "", me.id === viewer.profile.id ? "" : `as=${me.id}`].filter(Boolean).join("&");
    redirect(`/messages/${result.conversationId}${query ? `?${query}` : ""}`);
  },
);

export type ShareTarget = { id: string; title: string };

export const shareTargetsAction = action({ name: "messages.shareTargets", input: z.unknown() }, async (_input, { viewer }): Promise<ActionState<string, { targets: ShareTarget[] }>> => ({
  ok: true,
  data: { targets: (await listConversations(viewer.profile.id)).filter((c) => c.status === "active").slice(0, 20).map((c) => ({ id: c.id, title: c.title })) },
}));

/** Sends a card (track, release, profile, concert, product, video) with an optional note into conversations. */
export const shareToConversationsAction = action(
  {
    name: "messages.share",
    signIn: "messages.signInToSend",
    input: z.object({
      conversationIds: z.array(publicId).min(1, "messages.pickConversation").max(10, "messages.shareMax"),
      type: z.enum(OBJECT_TYPES),
      id: z.string().refine(isId, "messages.cannotShare"),
      note: body,
    }),
    limits: [{ name: "message" }],
    revalidate: () => ["/messages"],
  },
  async (input, { viewer }): Promise<ActionState<string, { sent: number }>> => {
    let sent = 0;
    const refusals: string[] = [];
    for (const conversationId of input.conversationIds) {
      const r = await sendToConversation(db, conversationId, viewer.profile.id, input.note, { type: input.type, id: input.id }, undefined, viewer.userId);
      if (r.ok) sent += 1;
      else refusals.push(r.message);
    }
    return sent ? { ok: true, data: { sent } } : { ok: false, message: refusals[0] ?? "messages.nothingSent" };
  },
);

export const markReadAction = action({ name: "messages.markRead", input: z.union([publicId, z.object({ conversationId: publicId, as: asField })]), revalidate: () => ["/"] }, async (input, { viewer }) => {
  const { conversationId, as } = typeof input === "string" ? { conversationId: input, as: undefined } : input;
  const me = messagingIdentity(viewer, as);
  if (!me) return { ok: false, message: NOT_YOUR_PAGE };
  await markRead(db, conversationId, me.id);
  return { ok: true };
});

export const respondToRequestAction = action(
  { name: "messages.respond", input: z.object({ conversationId: publicId, accept: z.boolean(), as: asField }), revalidate: () => ["/messages"] },
  async (input, { viewer }) => {
    const me = messagingIdentity(viewer, input.as);
    if (!me) return { ok: false, message: NOT_YOUR_PAGE };
    if (!(await respondToRequest(db, input.conversationId, me.id, input.accept))) return { ok: false, message: "messages.alreadyAnswered" };
    if (!input.accept) redirect(`/messages${asQuery(viewer, me.id)}`);
    return { ok: true };
  },
);

const profileId = z.string().refine(isId, "common.profileNotFound");

export const blockAction = action(
  {
    name: "messages.block",
    signIn: "messages.signInToBlock",
    input: z.object({ profileId, block: z.boolean() }),
    limits: [{ name: "block" }],
    revalidate: () => ["/"],
  },
  async (input, { viewer }) => {
    if (input.profileId === viewer.profile.id || viewer.managed.some((m) => m.id === input.profileId)) return { ok: false, message: "messages.cannotBlock" };
    const result = await setBlock(db, viewer.profile.id, input.profileId, input.block);
    if (!result.ok) return result;
    return { ok: true, message: input.block ? "messages.blocked" : "messages.unblocked" };
  },
);

export const reportAction = action(
  {
    name: "messages.report",
    signIn: "common.signInToReport",
    input: z.object({
      profileId,
      reason: z.string().trim().min(3, "messages.reasonRequired").max(500, "common.keepUnder"),
      /** Reported from a conversation: their latest messages there go with the report. */
      conversationId: publicId.optional(),
      /** One message reported: a moderator can remove just that one. */
      messageId: publicId.optional(),
      /** A track, product or video reported from where it is shown. */
      trackId: publicId.optional(),
      productId: publicId.optional(),
      videoId: publicId.optional(),
    }),
    limits: [{ name: "report" }],
  },
  async (input, { viewer }) => {
    const thanks = { ok: true, message: "messages.reportThanks" };
    if (input.messageId) {
      const r = await reportMessage(db, { reporterId: viewer.profile.id, messageId: input.messageId, reason: input.reason });
      return r.ok ? thanks : r;
    }
    if (input.trackId) {
      const r = await reportTrack(db, { reporterId: viewer.profile.id, trackId: input.trackId, reason: input.reason });
      return r.ok ? thanks : r;
    }
    if (input.productId || input.videoId) {
      const r = await reportPageItem(db, { reporterId: viewer.profile.id, type: input.productId ? "product" : "video", id: (input.productId ?? input.videoId)!, reason: input.reason });
      return r.ok ? thanks : r;
    }
    if (!(await profileExists(input.profileId))) return { ok: false, message: "common.profileNotFound" };
    const quoted = input.conversationId && (await getConversationFor(input.conversationId, viewer.profile.id)) ? (await latestMessagesFrom(input.conversationId, input.profileId, 3)) : [];
    await fileReport(db, { reporterId: viewer.profile.id, profileId: input.profileId, reason: input.reason, targetType: "profile", targetId: input.profileId, excerpt: quoted.length ? quoted.map((m) => `> ${m}`).join("\n") : null });
    return thanks;
  },
);
