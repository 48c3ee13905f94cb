import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { isId } from "@/lib/ids";
import type { Page } from "@/lib/auth/policy";
import { auditLog } from "./audit";
import { openInvitations, teamOf } from "./members";
import { labelsOf, rosterInvitationsFor, rosterOf } from "./roster";

export async function getTeam(page: Pick<Page, "id" | "ownerId" | "createdAt">) {
  return await teamOf(db, page);
}

export async function getInvitations(userId: string) {
  return await openInvitations(db, userId);
}

export async function getAuditLog(pageId: string, before?: Date) {
  return await auditLog(db, pageId, before);
}

export async function getRosterInvitations(userId: string) {
  return await rosterInvitationsFor(db, userId);
}

export async function getRoster(labelId: string, activeOnly = false) {
  return await rosterOf(db, labelId, { activeOnly });
}

/** For a profile page: a label's roster, or the labels an artist is on. */
export async function getRosterLinks(profile: { id: string; kind: string }) {
  if (profile.kind === "label") return (await rosterOf(db, profile.id, { activeOnly: true })).map((a) => ({ id: a.id, handle: a.handle, name: a.name, avatarUrl: a.avatarUrl }));
  if (profile.kind === "artist") return await labelsOf(db, profile.id);
  return [];
}

/** The name of a deleted page (for the note after deleting it); null for any other id. */
export async function getDeletedPageName(id: string | undefined): Promise<string | null> {
  if (!id || !isId(id)) return null;
  return (await db.select({ name: profiles.name }).from(profiles).where(and(eq(profiles.id, id), isNotNull(profiles.deletedAt))).limit(1))[0]?.name ?? null;
}
