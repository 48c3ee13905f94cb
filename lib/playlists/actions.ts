"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { ActionState } from "@/lib/forms/action-state";
import { hasNoControlCharacters } from "@/lib/forms/text";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { setPlaylistFollow, setReleaseSaved } from "./library";
import { inviteCollaborator, mayEditTracks, removeCollaborator, respondToInvite } from "./collaborators";
import { addTrack, createPlaylist, deletePlaylist, findPlaylist, moveTrack, removeTrack, updatePlaylist } from "./playlists";

const playlistId = z.string().refine(isId, "common.unknownPlaylist");
const trackId = z.string().refine(isId, "common.unknownTrack");
const details = {
  title: z.string().trim().min(1, "playlists.nameRequired").max(100, "playlists.nameMax").refine(hasNoControlCharacters, "common.controlCharacters"),
  description: z.string().trim().max(1000, "playlists.descriptionMax").optional().transform((v) => v ?? ""),
  isPublic: z.union([z.boolean(), z.string()]).optional().transform((v) => v === true || v === "on" || v === "true"),
};
const NOT_YOURS = "playlists.notYours";

/** The playlist if this viewer's profile owns it. */
async function own(viewer: Viewer, id: string) {
  const playlist = await findPlaylist(db, id);
  return playlist && playlist.profileId === viewer.profile.id ? playlist : null;
}

export const createPlaylistAction = formAction(
  {
    name: "playlists.create",
    signIn: "playlists.signInToCreate",
    input: z.object({ ...details, trackId: trackId.optional().or(z.literal("").transform(() => undefined)) }),
    invalid: "common.fixFields",
    echo: ["title", "description"] as const,
    limits: [{ name: "playlistEdit" }],
    revalidate: () => ["/library"],
  },
  async (input, { viewer }): Promise<ActionState<"title" | "description", { id: string }>> => {
    const result = await createPlaylist(db, viewer.profile.id, { ...input, firstTrackId: input.trackId });
    if (!result.ok) return { ok: false, message: result.message };
    // From a track's menu the listener stays where they are; from Library they go to the new playlist.
    if (!input.trackId) redirect(`/playlist/${result.data!.id}`);
    return { ok: true, message: result.message, data: result.data, values: {} };
  },
);

export const updatePlaylistAction = formAction(
  {
    name: "playlists.update",
    signIn: "common.signInAgainToSave",
    input: z.object({ playlistId, ...details }),
    invalid: "common.fixFields",
    echo: ["title", "description"] as const,
    limits: [{ name: "playlistEdit" }],
    revalidate: (input) => [`/playlist/${input.playlistId}`, "/library"],
  },
  async (input, { viewer }): Promise<ActionState<"title" | "description">> => {
    if (!(await own(viewer, input.playlistId))) return { ok: false, message: NOT_YOURS };
    return await updatePlaylist(db, input.playlistId, input);
  },
);

export const deletePlaylistAction = action(
  { name: "playlists.delete", signIn: "common.signInAgainToDelete", input: z.object({ playlistId }), limits: [{ name: "playlistEdit" }], revalidate: () => ["/library"] },
  async (input, { viewer }) => ((await own(viewer, input.playlistId)) ? await deletePlaylist(db, input.playlistId) : { ok: false, message: NOT_YOURS }),
);

export const addToPlaylistAction = action(
  { name: "playlists.add", signIn: "playlists.signInToAdd", input: z.object({ playlistId, trackId }), limits: [{ name: "playlistEdit" }], revalidate: (input) => [`/playlist/${input.playlistId}`] },
  async (input, { viewer }) => ((await mayEditTracks(db, input.playlistId, viewer.profile.id)) ? await addTrack(db, input.playlistId, input.trackId, new Date(), viewer.profile.id) : { ok: false, message: NOT_YOURS }),
);

export const removeFromPlaylistAction = action(
  { name: "playlists.remove", signIn: "common.signInAgainToChange", input: z.object({ playlistId, trackId }), limits: [{ name: "playlistEdit" }], revalidate: (input) => [`/playlist/${input.playlistId}`] },
  async (input, { viewer }) => ((await mayEditTracks(db, input.playlistId, viewer.profile.id)) ? await removeTrack(db, input.playlistId, input.trackId) : { ok: false, message: NOT_YOURS }),
);

export const movePlaylistTrackAction = action(
  {
    name: "playlists.move",
    signIn: "common.signInAgainToReorder",
    input: z.object({ playlistId, trackId, to: z.number().int().min(1).max(1000) }),
    limits: [{ name: "playlistEdit" }],
    revalidate: (input) => [`/playlist/${input.playlistId}`],
  },
  async (input, { viewer }) => ((await mayEditTracks(db, input.playlistId, viewer.profile.id)) ? await moveTrack(db, input.playlistId, input.trackId, input.to) : { ok: false, message: NOT_YOURS }),
);

export const inviteCollaboratorAction = action(
  {
    name: "playlists.invite",
    signIn: "playlists.signInToInvite",
    input: z.object({ playlistId, handle: z.string().trim().min(1, "playlists.handleRequired").max(31, "common.handleMax") }),
    limits: [{ name: "playlistEdit" }],
    revalidate: (input) => [`/playlist/${input.playlistId}`],
  },
  async (input, { viewer }) => await inviteCollaborator(db, input.playlistId, viewer.profile.id, input.handle),
);

/** The invited profile accepts or declines. */
export const respondToInviteAction = action(
  { name: "playlists.respond", signIn: "common.signInToAnswer", input: z.object({ playlistId, accept: z.boolean() }), limits: [{ name: "playlistEdit" }], revalidate: (input) => [`/playlist/${input.playlistId}`, "/library"] },
  async (input, { viewer }) => await respondToInvite(db, input.playlistId, viewer.profile.id, input.accept),
);

/** The owner removes a collaborator (or an invitation), or a collaborator leaves. */
export const removeCollaboratorAction = action(
  { name: "playlists.removeCollaborator", signIn: "common.signInAgainToChange", input: z.object({ playlistId, profileId: z.string().refine(isId, "common.unknownProfile") }), limits: [{ name: "playlistEdit" }], revalidate: (input) => [`/playlist/${input.playlistId}`, "/library"] },
  async (input, { viewer }) => {
    const isSelf = input.profileId === viewer.profile.id;
    if (!isSelf && !(await own(viewer, input.playlistId))) return { ok: false, message: NOT_YOURS };
    const result = await removeCollaborator(db, input.playlistId, input.profileId);
    return result.ok && isSelf ? { ok: true, message: "playlists.left" } : result;
  },
);

/** Library's "Recently played": clear it (plays before now are no longer listed) or turn it off and on. Artists' play counts are not touched. */
export const listeningHistoryAction = action(
  { name: "playlists.history", signIn: "common.signInAgainToChange", input: z.object({ change: z.enum(["clear", "off", "on"]) }), limits: [{ name: "settings" }], revalidate: () => ["/library"] },
  async (input, { viewer }) => {
    const now = new Date();
    // Turning it back on starts afresh: nothing heard while it was off shows up.
    const set = input.change === "off" ? { historyOff: true } : { historyOff: false, historyFrom: now };
    await db.update(profiles).set(set).where(eq(profiles.id, viewer.profile.id));
    return { ok: true, message: input.change === "clear" ? "playlists.historyCleared" : input.change === "off" ? "playlists.historyOff" : "playlists.historyOn" };
  },
);

export const followPlaylistAction = action(
  { name: "playlists.follow", signIn: "playlists.signInToFollow", input: z.object({ playlistId, follow: z.boolean() }), limits: [{ name: "follow" }], revalidate: () => ["/library"] },
  async (input, { viewer }) => {
    const r = await setPlaylistFollow(db, viewer.profile.id, input.playlistId, input.follow);
    return r.ok ? { ok: true, data: { on: r.on } } : { ok: false, message: r.message };
  },
);

export const saveReleaseAction = action(
  { name: "playlists.saveRelease", signIn: "playlists.signInToSaveReleases", input: z.object({ releaseId: z.string().refine(isId, "common.unknownRelease"), save: z.boolean() }), limits: [{ name: "like" }], revalidate: () => ["/library"] },
  async (input, { viewer }) => {
    const r = await setReleaseSaved(db, viewer.profile.id, input.releaseId, input.save);
    return r.ok ? { ok: true, data: { on: r.on } } : { ok: false, message: r.message };
  },
);
