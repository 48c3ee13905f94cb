import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { pageHeirs, pageMembers, pageTransfers, profiles, type MemberRole } from "@/db/schema";
import { ROLE_LABELS, type Page } from "@/lib/auth/policy";
import { mediaUrl } from "@/lib/media/urls";
import { notify, pageManagerRecipients } from "@/lib/notifications/notify";
import { getTranslations } from "next-intl/server";
import { auditEnglish, recordAudit, type AuditSays } from "./audit";

/**
 * Teams: invitations by handle, accepting them from notifications, roles,
 * removal, leaving, and handing a page over (ownership moves when the new owner
 * accepts). Each change writes one line in the page's activity log.
 */
type Result = { ok: true; message: string } | { ok: false; message: string; field?: "handle" | "role" };

export type Person = { userId: string; profileId: string; handle: string; name: string; avatarUrl: string | null };

/** The person (account) behind a listener handle, or null. */
export async function personByHandle(database: Pick<ChorusDb, "select">, handle: string): Promise<Person | null> {
  const row = (await database
    .select()
    .from(profiles)
    .where(and(sql`lower(${profiles.handle}) = ${handle.replace(/^@/, "").toLowerCase()}`, eq(profiles.kind, "listener"), isNull(profiles.deletedAt)))
    .limit(1))[0];
  return row ? { userId: row.ownerId, profileId: row.id, handle: row.handle, name: row.name, avatarUrl: mediaUrl(row.avatarId) } : null;
}

async function peopleByUser(database: Pick<ChorusDb, "select">, userIds: string[]): Promise<Map<string, Person>> {
  if (!userIds.length) return new Map();
  const rows = await database.select().from(profiles).where(and(inArray(profiles.ownerId, userIds), eq(profiles.kind, "listener")));
  return new Map(rows.map((r) => [r.ownerId, { userId: r.ownerId, profileId: r.id, handle: r.handle, name: r.name, avatarUrl: mediaUrl(r.avatarId) }]));
}

const roleName = (role: MemberRole | "owner") => ROLE_LABELS[role].name;
const article = (role: MemberRole) => (/^[aeiou]/.test(role) ? "an" : "a");

export type Actor = { userId: string; name: string };

export async function inviteMember(database: ChorusDb, page: Page, by: Actor, input: { handle: string; role: MemberRole }, now = new Date()): Promise<Result> {
  const t = await getTranslations("errors");
  const person = await personByHandle(database, input.handle);
  if (!person) return { ok: false, field: "handle", message: t("teams.noSuchHandle", { handle: input.handle.replace(/^@/, "") }) };
  if (person.userId === page.ownerId) return { ok: false, field: "handle", message: t("teams.alreadyOwner", { handle: person.handle }) };
  const existing = (await database.select().from(pageMembers).where(and(eq(pageMembers.profileId, page.id), eq(pageMembers.userId, person.userId))).limit(1))[0];
  if (existing) {
    return { ok: false, field: "handle", message: existing.status === "active" ? t("teams.alreadyOnTeam", { handle: person.handle, role: existing.role }) : t("teams.alreadyInvited", { handle: person.handle }) };
  }
  const count = (await database.select({ n: sql<number>`count(*)` }).from(pageMembers).where(eq(pageMembers.profileId, page.id)))[0]?.n ?? 0;
  if (Number(count) >= 25) return { ok: false, message: "teams.teamFull" };
  await database.transaction(async (tx) => {
    await tx.insert(pageMembers).values({ profileId: page.id, userId: person.userId, role: input.role, status: "invited", invitedBy: by.userId, createdAt: now });
    await notify(tx, [person.profileId], { type: "page_invite", actorId: page.id, objectType: "profile", objectId: page.id, text: `invited you to join its team as ${article(input.role)} ${roleName(input.role).toLowerCase()}`, at: now });
  });
  return { ok: true, message: t("teams.invited", { handle: person.handle, role: input.role }) };
}

export async function setMemberRole(database: ChorusDb, page: Page, input: { userId: string; role: MemberRole }): Promise<Result & { says?: AuditSays }> {
  const updated = await database.update(pageMembers).set({ role: input.role }).where(and(eq(pageMembers.profileId, page.id), eq(pageMembers.userId, input.userId))).returning({ userId: pageMembers.userId });
  if (!updated.length) return { ok: false, message: "teams.notOnTeam" };
  const person = (await peopleByUser(database, [input.userId])).get(input.userId);
  const t = await getTranslations("errors");
  return { ok: true, message: t("teams.roleChanged", { handle: person?.handle ?? "member", role: input.role }), says: { key: "roleChanged", values: { handle: person?.handle ?? "member", role: input.role } } };
}

export async function removeMember(database: ChorusDb, page: Page, userId: string, now = new Date()): Promise<Result & { says?: AuditSays }> {
  const removed = await database.delete(pageMembers).where(and(eq(pageMembers.profileId, page.id), eq(pageMembers.userId, userId))).returning({ status: pageMembers.status });
  if (!removed.length) return { ok: false, message: "teams.notOnTeam" };
  const person = (await peopleByUser(database, [userId])).get(userId);
  // The open invitation notice goes with the invitation.
  if (person && removed[0].status === "active") {
    await notify(database, [person.profileId], { type: "team", actorId: page.id, objectType: "profile", objectId: page.id, text: "removed you from its team", at: now });
  }
  const wasMember = removed[0].status === "active";
  const handle = person?.handle ?? "member";
  const t = await getTranslations("errors");
  return { ok: true, message: t(wasMember ? "teams.removed" : "teams.inviteWithdrawn", { handle }), says: { key: wasMember ? "memberRemoved" : "inviteWithdrawn", values: { handle } } };
}

/** The invited person says yes or no (from their notifications). */
export async function answerInvite(database: ChorusDb, user: Actor, pageId: string, accept: boolean, now = new Date()): Promise<Result> {
  const invite = (await database
    .select({ role: pageMembers.role, name: profiles.name })
    .from(pageMembers)
    .innerJoin(profiles, eq(profiles.id, pageMembers.profileId))
    .where(and(eq(pageMembers.profileId, pageId), eq(pageMembers.userId, user.userId), eq(pageMembers.status, "invited"), isNull(profiles.deletedAt)))
    .limit(1))[0];
  if (!invite) return { ok: false, message: "teams.invitationClosed" };
  const answered = await database.transaction(async (tx) => {
    // Only a still-open invitation: withdrawn or already answered meanwhile, nothing happens.
    const open = and(eq(pageMembers.profileId, pageId), eq(pageMembers.userId, user.userId), eq(pageMembers.status, "invited"));
    const changed = accept
      ? await tx.update(pageMembers).set({ status: "active", acceptedAt: now }).where(open).returning({ role: pageMembers.role })
      : await tx.delete(pageMembers).where(open).returning({ role: pageMembers.role });
    if (!changed.length) return false;
    const says: AuditSays = { key: accept ? "teamJoined" : "teamDeclined", values: { role: invite.role } };
    const summary = auditEnglish(says);
    await recordAudit(tx, { pageId, userId: user.userId, actorName: user.name, action: accept ? "team.join" : "team.decline", says, at: now });
    const managers = (await pageManagerRecipients(tx, pageId)).filter((id) => id !== undefined);
    const me = (await peopleByUser(tx, [user.userId])).get(user.userId);
    await notify(tx, managers.filter((id) => id !== me?.profileId), { type: "team", actorId: me?.profileId ?? null, objectType: "profile", objectId: pageId, text: `${summary} of ${invite.name}`, at: now });
    return true;
  });
  if (!answered) return { ok: false, message: "teams.invitationClosed" };
  const t = await getTranslations("errors");
  return { ok: true, message: accept ? t("teams.joined", { page: invite.name, role: invite.role }) : t("teams.declinedJoin", { page: invite.name }) };
}

/** A member leaves a page on their own. */
export async function leavePage(database: ChorusDb, user: Actor, pageId: string, now = new Date()): Promise<Result> {
  const page = (await database.select({ name: profiles.name }).from(profiles).where(eq(profiles.id, pageId)).limit(1))[0];
  const removed = await database.delete(pageMembers).where(and(eq(pageMembers.profileId, pageId), eq(pageMembers.userId, user.userId), eq(pageMembers.status, "active"))).returning({ role: pageMembers.role });
  if (!page || !removed.length) return { ok: false, message: "teams.notOnTeamYou" };
  await recordAudit(database, { pageId, userId: user.userId, actorName: user.name, action: "team.leave", says: { key: "teamLeft" }, at: now });
  return { ok: true, message: (await getTranslations("errors"))("teams.left", { page: page.name }) };
}

export async function offerTransfer(database: ChorusDb, page: Page, by: Actor, handle: string, now = new Date()): Promise<Result & { says?: AuditSays }> {
  const t = await getTranslations("errors");
  const person = await personByHandle(database, handle);
  if (!person) return { ok: false, field: "handle", message: t("teams.noSuchHandle", { handle: handle.replace(/^@/, "") }) };
  if (person.userId === page.ownerId) return { ok: false, field: "handle", message: "teams.youOwnIt" };
  await database.transaction(async (tx) => {
    await tx
      .insert(pageTransfers)
      .values({ profileId: page.id, toUserId: person.userId, fromUserId: by.userId, createdAt: now })
      .onConflictDoUpdate({ target: pageTransfers.profileId, set: { toUserId: person.userId, fromUserId: by.userId, createdAt: now } });
    await notify(tx, [person.profileId], { type: "page_transfer", actorId: page.id, objectType: "profile", objectId: page.id, text: "wants to make you its owner", at: now });
  });
  return { ok: true, message: t("teams.transferOffered", { page: page.name, handle: person.handle }), says: { key: "transferOffered", values: { handle: person.handle } } };
}

export async function cancelTransfer(database: ChorusDb, page: Page): Promise<Result & { says?: AuditSays }> {
  const gone = await database.delete(pageTransfers).where(eq(pageTransfers.profileId, page.id)).returning({ to: pageTransfers.toUserId });
  if (!gone.length) return { ok: false, message: "teams.noHandover" };
  return { ok: true, message: "teams.handoverCancelled", says: { key: "transferCancelled" } };
}

/** The new owner accepts (ownership moves; the old owner stays on as an admin) or declines. */
export async function answerTransfer(database: ChorusDb, user: Actor, pageId: string, accept: boolean, now = new Date()): Promise<Result> {
  const offer = (await database
    .select({ from: pageTransfers.fromUserId, ownerId: profiles.ownerId, name: profiles.name })
    .from(pageTransfers)
    .innerJoin(profiles, eq(profiles.id, pageTransfers.profileId))
    .where(and(eq(pageTransfers.profileId, pageId), eq(pageTransfers.toUserId, user.userId), isNull(profiles.deletedAt)))
    .limit(1))[0];
  if (!offer) return { ok: false, message: "teams.handoverClosed" };
  const answered = await database.transaction(async (tx) => {
    // The offer as read, still open to this account, and the owner unchanged: else a cancelled or re-made offer wins.
    const taken = await tx.delete(pageTransfers).where(and(eq(pageTransfers.profileId, pageId), eq(pageTransfers.toUserId, user.userId), eq(pageTransfers.fromUserId, offer.from))).returning({ p: pageTransfers.profileId });
    if (!taken.length) return false;
    const people = await peopleByUser(tx, [offer.ownerId, user.userId]);
    if (accept) {
      const moved = await tx.update(profiles).set({ ownerId: user.userId, updatedAt: now }).where(and(eq(profiles.id, pageId), eq(profiles.ownerId, offer.ownerId), isNull(profiles.deletedAt))).returning({ id: profiles.id });
      if (!moved.length) throw new Error("page changed hands during a handover");
      // Who inherits the page was the previous owner's choice: the new owner makes their own.
      await tx.delete(pageHeirs).where(eq(pageHeirs.profileId, pageId));
      await tx.delete(pageMembers).where(and(eq(pageMembers.profileId, pageId), eq(pageMembers.userId, user.userId)));
      await tx
        .insert(pageMembers)
        .values({ profileId: pageId, userId: offer.ownerId, role: "admin", status: "active", invitedBy: user.userId, createdAt: now, acceptedAt: now })
        .onConflictDoUpdate({ target: [pageMembers.profileId, pageMembers.userId], set: { role: "admin", status: "active", acceptedAt: now } });
    }
    const former = people.get(offer.ownerId)?.handle;
    const says: AuditSays = !accept ? { key: "transferDeclined" } : former ? { key: "becameOwner", values: { handle: former } } : { key: "becameOwnerFromFormer" };
    await recordAudit(tx, { pageId, userId: user.userId, actorName: user.name, action: accept ? "team.transfer" : "team.transferDeclined", says, at: now });
    const old = people.get(offer.ownerId);
    if (old) await notify(tx, [old.profileId], { type: "team", actorId: people.get(user.userId)?.profileId ?? null, objectType: "profile", objectId: pageId, text: accept ? `accepted ${offer.name}: they own it now and you are an admin` : `declined to take over ${offer.name}`, at: now });
    return true;
  });
  if (!answered) return { ok: false, message: "teams.handoverClosed" };
  const t = await getTranslations("errors");
  return { ok: true, message: t(accept ? "teams.nowOwner" : "teams.declinedHandover", { page: offer.name }) };
}

export type TeamMember = Person & { role: MemberRole | "owner"; status: "invited" | "active"; since: Date };

/** Who works on a page: the owner first, then members by when they joined, invitations last; and an open handover. */
export async function teamOf(database: Pick<ChorusDb, "select">, page: Pick<Page, "id" | "ownerId" | "createdAt">) {
  const rows = await database.select().from(pageMembers).where(eq(pageMembers.profileId, page.id)).orderBy(asc(pageMembers.createdAt));
  const transfer = (await database.select().from(pageTransfers).where(eq(pageTransfers.profileId, page.id)).limit(1))[0];
  const people = await peopleByUser(database, [page.ownerId, ...rows.map((r) => r.userId), ...(transfer ? [transfer.toUserId] : [])]);
  const owner = people.get(page.ownerId);
  const members: TeamMember[] = [
    ...(owner ? [{ ...owner, role: "owner" as const, status: "active" as const, since: page.createdAt }] : []),
    ...rows.flatMap((r) => {
      const p = people.get(r.userId);
      return p ? [{ ...p, role: r.role, status: r.status, since: r.acceptedAt ?? r.createdAt }] : [];
    }),
  ].sort((a, b) => Number(a.status === "invited") - Number(b.status === "invited"));
  return { members, transferTo: transfer ? (people.get(transfer.toUserId) ?? null) : null };
}

export type Invitation =
  | { kind: "team"; page: { id: string; name: string; handle: string; kind: string }; role: MemberRole; at: Date }
  | { kind: "transfer"; page: { id: string; name: string; handle: string; kind: string }; at: Date };

/** What waits for this account's answer: team invitations and handovers. */
export async function openInvitations(database: Pick<ChorusDb, "select">, userId: string): Promise<Invitation[]> {
  const pageCols = { id: profiles.id, name: profiles.name, handle: profiles.handle, kind: profiles.kind };
  const [invites, transfers] = await Promise.all([
    database
      .select({ page: pageCols, role: pageMembers.role, at: pageMembers.createdAt })
      .from(pageMembers)
      .innerJoin(profiles, eq(profiles.id, pageMembers.profileId))
      .where(and(eq(pageMembers.userId, userId), eq(pageMembers.status, "invited"), isNull(profiles.deletedAt), ne(profiles.kind, "listener"))),
    database
      .select({ page: pageCols, at: pageTransfers.createdAt })
      .from(pageTransfers)
      .innerJoin(profiles, eq(profiles.id, pageTransfers.profileId))
      .where(and(eq(pageTransfers.toUserId, userId), isNull(profiles.deletedAt))),
  ]);
  return [...transfers.map((t) => ({ kind: "transfer" as const, ...t })), ...invites.map((i) => ({ kind: "team" as const, ...i }))].sort((a, b) => b.at.getTime() - a.at.getTime());
}
