import { and, desc, eq, lt } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { ChorusDb } from "@/db/client";
import { pageAudit } from "@/db/schema";
import { en } from "@/lib/i18n/messages";

export type AuditKey = keyof typeof en.audit;
/** What a line of a page's activity log says: a message of the "audit" namespace and its values. */
export type AuditSays = { key: AuditKey; values?: Record<string, string | number> };

/** What a guarded page mutation did, when its spec does not say more. */
const SAID: Record<string, AuditKey> = {
  "studio.updatePage": "pageEdited",
  "studio.pageImage": "pagePicture",
  "studio.trackEmbed": "trackEmbed",
  "studio.announce": "announced",
  "studio.release": "released",
  "studio.video": "videoPosted",
  "merch.saveProduct": "productSaved",
  "merch.removeImage": "productPhotoRemoved",
  "merch.productImage": "productPhotoAdded",
  "merch.sellerOrder": "orderUpdated",
  "concerts.announce": "showAnnounced",
  "concerts.edit": "showEdited",
  "concerts.status": "showStatus",
};

export function auditSays(name: string): AuditSays {
  const key = SAID[name];
  return key ? { key } : { key: "other", values: { action: name } };
}

const english = createTranslator({ locale: "en", messages: en, namespace: "audit" });

/** The line in English: the stored summary (and what notifications built from it say). */
export function auditEnglish(says: AuditSays): string {
  return english(says.key, says.values as never);
}

type Writer = Pick<ChorusDb, "insert">;

/** One line of a page's activity log. */
export async function recordAudit(database: Writer, entry: { pageId: string; userId: string | null; actorName: string; action: string; says: AuditSays; at?: Date }) {
  await database.insert(pageAudit).values({
    profileId: entry.pageId,
    actorUserId: entry.userId,
    actorName: entry.actorName,
    action: entry.action,
    summary: auditEnglish(entry.says).slice(0, 300),
    says: JSON.stringify(entry.says),
    at: entry.at ?? new Date(),
  });
}

export type AuditLine = { id: string; actorName: string; summary: string; says: AuditSays | null; action: string; at: Date };

/** A stored `says`, or null when absent (lines written before it existed) or not a known message. */
export function parseSays(stored: string | null): AuditSays | null {
  if (!stored) return null;
  try {
    const says = JSON.parse(stored) as AuditSays;
    return typeof says?.key === "string" && Object.hasOwn(en.audit, says.key) ? says : null;
  } catch {
    return null;
  }
}

/** A page's log, newest first, 50 a page (`before`: the oldest instant already shown). */
export async function auditLog(database: Pick<ChorusDb, "select">, pageId: string, before?: Date): Promise<AuditLine[]> {
  const rows = await database
    .select({ id: pageAudit.id, actorName: pageAudit.actorName, summary: pageAudit.summary, says: pageAudit.says, action: pageAudit.action, at: pageAudit.at })
    .from(pageAudit)
    .where(before ? and(eq(pageAudit.profileId, pageId), lt(pageAudit.at, before)) : eq(pageAudit.profileId, pageId))
    .orderBy(desc(pageAudit.at), desc(pageAudit.id))
    .limit(50);
  return rows.map((row) => ({ ...row, says: parseSays(row.says) }));
}
