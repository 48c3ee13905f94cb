import { and, eq, isNull } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { conversationMembers, messages, products, reports, tracks, videos } from "@/db/schema";
import type { ReportTarget } from "@/db/schema/enums";

/**
 * The one writer of reports. Whatever is reported, the row names the profile
 * responsible, what exactly was reported and a copy of it (the evidence stays
 * when the content is deleted).
 */
export async function fileReport(
  database: Pick<ChorusDb, "insert">,
  input: { reporterId: string; profileId: string; subjectUserId?: string | null; reason: string; targetType: ReportTarget; targetId: string; excerpt: string | null; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  await database.insert(reports).values({
    reporterId: input.reporterId,
    profileId: input.profileId,
    subjectUserId: input.subjectUserId ?? null,
    reason: input.reason,
    targetType: input.targetType,
    targetId: input.targetId,
    excerpt: input.excerpt?.slice(0, 2000) ?? null,
    // Older readers of comment reports look here.
    ...(input.targetType === "comment" ? { commentId: input.targetId, commentText: input.excerpt } : {}),
    createdAt: now,
  });
}

type Refusal = { ok: false; message: string };

/** A message the reporter can read (a member of its conversation) and did not send. */
export async function reportMessage(database: ChorusDb, input: { reporterId: string; messageId: string; reason: string }): Promise<{ ok: true } | Refusal> {
  const m = (await database
    .select({ id: messages.id, senderId: messages.senderId, body: messages.body, authorUserId: messages.authorUserId })
    .from(messages)
    .innerJoin(conversationMembers, and(eq(conversationMembers.conversationId, messages.conversationId), eq(conversationMembers.profileId, input.reporterId)))
    .where(and(eq(messages.id, input.messageId), isNull(messages.hiddenAt)))
    .limit(1))[0];
  if (!m) return { ok: false, message: "moderation.messageGone" };
  if (m.senderId === input.reporterId) return { ok: false, message: "moderation.ownMessage" };
  await fileReport(database, { reporterId: input.reporterId, profileId: m.senderId, subjectUserId: m.authorUserId, reason: input.reason, targetType: "message", targetId: m.id, excerpt: m.body || "(a shared card)" });
  return { ok: true };
}

/** A product or a video, reported from where it is shown; the page that sells or posted it answers for it. */
export async function reportPageItem(database: ChorusDb, input: { reporterId: string; type: "product" | "video"; id: string; reason: string }): Promise<{ ok: true } | Refusal> {
  const item =
    input.type === "product"
      ? (await database.select({ id: products.id, profileId: products.profileId, text: products.title }).from(products).where(eq(products.id, input.id)).limit(1))[0]
      : (await database.select({ id: videos.id, profileId: videos.profileId, text: videos.caption }).from(videos).where(eq(videos.id, input.id)).limit(1))[0];
  if (!item) return { ok: false, message: input.type === "product" ? "moderation.productGone" : "moderation.videoGone" };
  if (item.profileId === input.reporterId) return { ok: false, message: input.type === "product" ? "moderation.ownProduct" : "moderation.ownVideo" };
  await fileReport(database, { reporterId: input.reporterId, profileId: item.profileId, reason: input.reason, targetType: input.type, targetId: item.id, excerpt: item.text || null });
  return { ok: true };
}

export async function reportTrack(database: ChorusDb, input: { reporterId: string; trackId: string; reason: string }): Promise<{ ok: true } | Refusal> {
  const t = (await database.select({ id: tracks.id, profileId: tracks.profileId, title: tracks.title }).from(tracks).where(eq(tracks.id, input.trackId)).limit(1))[0];
  if (!t) return { ok: false, message: "moderation.trackGone" };
  if (t.profileId === input.reporterId) return { ok: false, message: "moderation.ownTrack" };
  await fileReport(database, { reporterId: input.reporterId, profileId: t.profileId, reason: input.reason, targetType: "track", targetId: t.id, excerpt: t.title });
  return { ok: true };
}
