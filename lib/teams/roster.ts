import { and, asc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { labelRoster, pageMembers, pageStatsDaily, profiles } from "@/db/schema";
import type { Page } from "@/lib/auth/policy";
import { mediaUrl } from "@/lib/media/urls";
import { notify, pageManagerRecipients } from "@/lib/notifications/notify";
import { getTranslations } from "next-intl/server";

/**
 * A label's roster: the label invites an artist page by handle; the artist
 * page's owner or an admin accepts; then the label can release on the artist's
 * behalf (the release shows on both pages, credited "on LABEL").
 */
type Result = { ok: boolean; message: string; field?: "handle" };

export async function inviteToRoster(database: ChorusDb, label: Page, handle: string, now = new Date()): Promise<Result> {
  const artist = (await database
    .select()
    .from(profiles)
    .where(and(sql`lower(${profiles.handle}) = ${handle.replace(/^@/, "").toLowerCase()}`, isNull(profiles.deletedAt)))
    .limit(1))[0];
  const t = await getTranslations("errors");
  if (!artist || artist.kind !== "artist") return { ok: false, field: "handle", message: t("teams.noArtistHandle", { handle: handle.replace(/^@/, "") }) };
  const existing = (await database.select().from(labelRoster).where(and(eq(labelRoster.labelId, label.id), eq(labelRoster.artistId, artist.id))).limit(1))[0];
  if (existing) return { ok: false, field: "handle", message: t(existing.status === "active" ? "teams.alreadyOnRoster" : "teams.alreadyInvitedToRoster", { name: artist.name }) };
  await database.transaction(async (tx) => {
    const position = Number((await tx.select({ n: sql<number>`count(*)` }).from(labelRoster).where(eq(labelRoster.labelId, label.id)))[0]?.n ?? 0);
    await tx.insert(labelRoster).values({ labelId: label.id, artistId: artist.id, status: "invited", position, createdAt: now });
    await notify(tx, await pageManagerRecipients(tx, artist.id, "edit"), { type: "roster_invite", actorId: label.id, objectType: "profile", objectId: label.id, text: `invited ${artist.name} to its roster`, at: now });
  });
  return { ok: true, message: t("teams.rosterInvited", { name: artist.name }) };
}

/** The artist's side answers; only a role that may edit the artist page can. */
export async function answerRoster(database: ChorusDb, labelId: string, artist: Page, accept: boolean, now = new Date()): Promise<Result> {
  const row = (await database.select().from(labelRoster).where(and(eq(labelRoster.labelId, labelId), eq(labelRoster.artistId, artist.id), eq(labelRoster.status, "invited"))).limit(1))[0];
  const label = (await database.select({ name: profiles.name }).from(profiles).where(and(eq(profiles.id, labelId), isNull(profiles.deletedAt))).limit(1))[0];
  if (!row || !label) return { ok: false, message: "teams.invitationClosed" };
  if (accept) await database.update(labelRoster).set({ status: "active", acceptedAt: now }).where(and(eq(labelRoster.labelId, labelId), eq(labelRoster.artistId, artist.id)));
  else await database.delete(labelRoster).where(and(eq(labelRoster.labelId, labelId), eq(labelRoster.artistId, artist.id)));
  await notify(database, await pageManagerRecipients(database, labelId, "manage_roster"), { type: "team", actorId: artist.id, objectType: "profile", objectId: artist.id, text: accept ? `joined the roster of ${label.name}` : `declined to join ${label.name}`, at: now });
  return { ok: true, message: accept ? (await getTranslations("errors"))("teams.rosterJoined", { artist: artist.name, label: label.name }) : "teams.declined" };
}

/** Either side ends it: the label (manage_roster) or the artist (edit). */
export async function leaveRoster(database: ChorusDb, labelId: string, artistId: string): Promise<Result> {
  const gone = await database.delete(labelRoster).where(and(eq(labelRoster.labelId, labelId), eq(labelRoster.artistId, artistId))).returning({ a: labelRoster.artistId });
  return gone.length ? { ok: true, message: "teams.rosterRemoved" } : { ok: false, message: "teams.notOnRoster" };
}

export async function isOnRoster(database: Pick<ChorusDb, "select">, labelId: string, artistId: string): Promise<boolean> {
  return !!(await database.select({ a: labelRoster.artistId }).from(labelRoster).where(and(eq(labelRoster.labelId, labelId), eq(labelRoster.artistId, artistId), eq(labelRoster.status, "active"))).limit(1))[0];
}

export type RosterArtist = { id: string; handle: string; name: string; avatarUrl: string | null; followerCount: number; status: "invited" | "active"; plays: number };

/** A label's roster with each artist's followers and plays over the last `days` (from Studio's rollups). */
export async function rosterOf(database: Pick<ChorusDb, "select">, labelId: string, { days = 28, now = new Date(), activeOnly = false } = {}): Promise<RosterArtist[]> {
  const rows = await database
    .select({ p: profiles, status: labelRoster.status })
    .from(labelRoster)
    .innerJoin(profiles, eq(profiles.id, labelRoster.artistId))
    .where(and(eq(labelRoster.labelId, labelId), isNull(profiles.deletedAt), activeOnly ? eq(labelRoster.status, "active") : undefined))
    .orderBy(asc(labelRoster.position), asc(profiles.name));
  const ids = rows.filter((r) => r.status === "active").map((r) => r.p.id);
  const since = new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const plays = new Map(
    ids.length
      ? (await database
          .select({ id: pageStatsDaily.profileId, n: sql<number>`sum(${pageStatsDaily.value})`.mapWith(Number) })
          .from(pageStatsDaily)
          .where(and(inArray(pageStatsDaily.profileId, ids), eq(pageStatsDaily.metric, "plays"), gte(pageStatsDaily.day, since), lte(pageStatsDaily.day, now.toISOString().slice(0, 10))))
          .groupBy(pageStatsDaily.profileId)).map((r) => [r.id, r.n])
      : [],
  );
  return rows.map(({ p, status }) => ({ id: p.id, handle: p.handle, name: p.name, avatarUrl: mediaUrl(p.avatarId), followerCount: p.followerCount, status, plays: plays.get(p.id) ?? 0 }));
}

export type RosterInvitation = { label: { id: string; name: string; handle: string }; artist: { id: string; name: string }; at: Date };

/** Roster invitations for artist pages this account owns or admins. */
export async function rosterInvitationsFor(database: Pick<ChorusDb, "select">, userId: string): Promise<RosterInvitation[]> {
  const owned = (await database.select({ id: profiles.id }).from(profiles).where(and(eq(profiles.ownerId, userId), eq(profiles.kind, "artist"), isNull(profiles.deletedAt)))).map((r) => r.id);
  const admin = (await database.select({ id: pageMembers.profileId }).from(pageMembers).where(and(eq(pageMembers.userId, userId), eq(pageMembers.status, "active"), eq(pageMembers.role, "admin")))).map((r) => r.id);
  const artistIds = [...owned, ...admin];
  if (!artistIds.length) return [];
  const rows = await database
    .select({ labelId: labelRoster.labelId, artistId: labelRoster.artistId, at: labelRoster.createdAt })
    .from(labelRoster)
    .where(and(inArray(labelRoster.artistId, artistIds), eq(labelRoster.status, "invited")));
  if (!rows.length) return [];
  const names = new Map((await database.select().from(profiles).where(and(inArray(profiles.id, [...rows.map((r) => r.labelId), ...rows.map((r) => r.artistId)]), isNull(profiles.deletedAt)))).map((p) => [p.id, p]));
  return rows.flatMap((r) => {
    const label = names.get(r.labelId);
    const artist = names.get(r.artistId);
    return label && artist ? [{ label: { id: label.id, name: label.name, handle: label.handle }, artist: { id: artist.id, name: artist.name }, at: r.at }] : [];
  });
}

/** The labels an artist page is on (accepted rosters). */
export async function labelsOf(database: Pick<ChorusDb, "select">, artistId: string) {
  return (await database
    .select({ id: profiles.id, handle: profiles.handle, name: profiles.name, avatarId: profiles.avatarId })
    .from(labelRoster)
    .innerJoin(profiles, eq(profiles.id, labelRoster.labelId))
    .where(and(eq(labelRoster.artistId, artistId), eq(labelRoster.status, "active"), isNull(profiles.deletedAt)))
    .orderBy(asc(profiles.name))).map((l) => ({ id: l.id, handle: l.handle, name: l.name, avatarUrl: mediaUrl(l.avatarId) }));
}
