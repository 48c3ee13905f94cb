import { and, desc, eq, lt } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { pageAudit } from "@/db/schema";

/** What a guarded page mutation did, in words, when its spec does not say more. */
const SAID: Record<string, string> = {
  "studio.updatePage": "edited the page's details",
  "studio.pageImage": "changed a page picture",
  "studio.trackEmbed": "changed a track's embed plays",
  "studio.announce": "posted an announcement",
  "studio.release": "published a release",
  "studio.video": "posted a video",
  "merch.saveProduct": "saved a product",
  "merch.removeImage": "removed a product photo",
  "merch.productImage": "added a product photo",
  "merch.sellerOrder": "updated an order",
  "concerts.announce": "announced a show",
  "concerts.edit": "edited a show",
  "concerts.status": "changed a show's status",
};

export function auditSummary(name: string): string {
  return SAID[name] ?? `did ${name}`;
}

type Writer = Pick<ChorusDb, "insert">;

/** One line of a page's activity log. */
export async function recordAudit(database: Writer, entry: { pageId: string; userId: string | null; actorName: string; action: string; summary: string; at?: Date }) {
  await database.insert(pageAudit).values({ profileId: entry.pageId, actorUserId: entry.userId, actorName: entry.actorName, action: entry.action, summary: entry.summary.slice(0, 300), at: entry.at ?? new Date() });
}

export type AuditLine = { id: string; actorName: string; summary: string; action: string; at: Date };

/** A page's log, newest first, 50 a page (`before`: the oldest instant already shown). */
export async function auditLog(database: Pick<ChorusDb, "select">, pageId: string, before?: Date): Promise<AuditLine[]> {
  return await database
    .select({ id: pageAudit.id, actorName: pageAudit.actorName, summary: pageAudit.summary, action: pageAudit.action, at: pageAudit.at })
    .from(pageAudit)
    .where(before ? and(eq(pageAudit.profileId, pageId), lt(pageAudit.at, before)) : eq(pageAudit.profileId, pageId))
    .orderBy(desc(pageAudit.at), desc(pageAudit.id))
    .limit(50);
}
