import { and, eq, isNull, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { playlistCollaborators, playlists, profiles } from "@/db/schema";
import { blockedEitherWay } from "@/lib/profiles/blocks";
import { notify } from "@/lib/notifications/notify";
import { getTranslations } from "next-intl/server";

type Result = { ok: true; message: string } | { ok: false; message: string };

/** At most this many people add to one playlist besides its owner. */
export const MAX_COLLABORATORS = 50;

/** Whether `profileId` may add, remove and reorder tracks: the owner, or a collaborator who accepted. */
export async function mayEditTracks(database: Pick<ChorusDb, "select">, playlistId: string, profileId: string): Promise<boolean> {
  const row = (await database
    .select({ owner: playlists.profileId, status: playlistCollaborators.status })
    .from(playlists)
    .leftJoin(playlistCollaborators, and(eq(playlistCollaborators.playlistId, playlists.id), eq(playlistCollaborators.profileId, profileId)))
    .where(eq(playlists.id, playlistId))
    .limit(1))[0];
  return !!row && (row.owner === profileId || row.status === "active");
}

/** The owner invites a profile (by handle) to add to the playlist; they are told and accept or decline. */
export async function inviteCollaborator(database: ChorusDb, playlistId: string, ownerId: string, handle: string, now = new Date()): Promise<Result> {
  const playlist = (await database.select().from(playlists).where(eq(playlists.id, playlistId)).limit(1))[0];
  if (!playlist || playlist.profileId !== ownerId) return { ok: false, message: "playlists.onlyOwnerInvites" };
  const t = await getTranslations("errors");
  const clean = handle.trim().replace(/^@/, "");
  const person = (await database.select({ id: profiles.id, name: profiles.name }).from(profiles).where(and(sql`lower(${profiles.handle}) = ${clean.toLowerCase()}`, isNull(profiles.deletedAt))).limit(1))[0];
  if (!person) return { ok: false, message: t("playlists.noSuchHandle", { handle: clean }) };
  if (person.id === ownerId) return { ok: false, message: "playlists.yours" };
  if (await blockedEitherWay(database, person.id, ownerId)) return { ok: false, message: t("playlists.cannotInvite", { handle: clean }) };
  const existing = (await database.select().from(playlistCollaborators).where(eq(playlistCollaborators.playlistId, playlistId)));
  if (existing.some((c) => c.profileId === person.id)) return { ok: false, message: t(existing.find((c) => c.profileId === person.id)!.status === "active" ? "playlists.alreadyCollaborating" : "playlists.alreadyInvited", { handle: clean }) };
  if (existing.length >= MAX_COLLABORATORS) return { ok: false, message: t("playlists.collaboratorsMax", { max: MAX_COLLABORATORS }) };
  await database.transaction(async (tx) => {
    await tx.insert(playlistCollaborators).values({ playlistId, profileId: person.id, status: "invited", createdAt: now });
    await notify(tx, [person.id], { type: "playlist_invite", actorId: ownerId, objectType: "playlist", objectId: playlistId, text: `invited you to add tracks to “${playlist.title}”`, at: now });
  });
  return { ok: true, message: t("playlists.invited", { name: person.name }) };
}

/** The invited profile accepts (and can add tracks) or declines. */
export async function respondToInvite(database: ChorusDb, playlistId: string, profileId: string, accept: boolean, now = new Date()): Promise<Result> {
  const where = and(eq(playlistCollaborators.playlistId, playlistId), eq(playlistCollaborators.profileId, profileId), eq(playlistCollaborators.status, "invited"));
  const changed = accept
    ? await database.update(playlistCollaborators).set({ status: "active", acceptedAt: now }).where(where).returning({ id: playlistCollaborators.profileId })
    : await database.delete(playlistCollaborators).where(where).returning({ id: playlistCollaborators.profileId });
  if (!changed.length) return { ok: false, message: "playlists.noInvitation" };
  return { ok: true, message: accept ? "playlists.accepted" : "playlists.inviteDeclined" };
}

/** The owner removes a collaborator, or a collaborator leaves; the tracks they added stay. */
export async function removeCollaborator(database: ChorusDb, playlistId: string, profileId: string): Promise<Result> {
  const gone = await database.delete(playlistCollaborators).where(and(eq(playlistCollaborators.playlistId, playlistId), eq(playlistCollaborators.profileId, profileId))).returning({ id: playlistCollaborators.profileId });
  return gone.length ? { ok: true, message: "playlists.collaboratorRemoved" } : { ok: false, message: "playlists.notCollaborator" };
}

/** A playlist's collaborators and invitations, for its page. */
export async function collaboratorsOf(database: Pick<ChorusDb, "select">, playlistId: string) {
  return await database
    .select({ id: profiles.id, handle: profiles.handle, name: profiles.name, status: playlistCollaborators.status })
    .from(playlistCollaborators)
    .innerJoin(profiles, eq(profiles.id, playlistCollaborators.profileId))
    .where(eq(playlistCollaborators.playlistId, playlistId))
    .orderBy(playlistCollaborators.createdAt);
}
