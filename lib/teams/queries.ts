import "server-only";
import { db } from "@/db";
import type { Page } from "@/lib/auth/policy";
import { auditLog } from "./audit";
import { openInvitations, teamOf } from "./members";

export async function getTeam(page: Pick<Page, "id" | "ownerId" | "createdAt">) {
  return await teamOf(db, page);
}

export async function getInvitations(userId: string) {
  return await openInvitations(db, userId);
}

export async function getAuditLog(pageId: string, before?: Date) {
  return await auditLog(db, pageId, before);
}
