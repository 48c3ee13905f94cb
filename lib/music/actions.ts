"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { hasNoControlCharacters } from "@/lib/forms/text";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { declineCredit, parseHandles, setFeatured } from "./credits";
import { retryAudioJob } from "@/lib/audio/queue";
import type { AuditSays } from "@/lib/teams/audit";
import { deleteRelease, findRelease, findTrackRelease, releaseControllerById, releaseShownOn, removeTrack, reorderTracks, setReleasePublished, trackControllerById, trackShownOn, updateRelease, updateTrack, type Result } from "./edit";

const releaseId = z.string().refine(isId, "common.unknownRelease");
const trackId = z.string().refine(isId, "common.unknownTrack");
/** Plain text up to `max` characters; `tooLong` is its "errors" key ("… must be at most {max} characters."). */
const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).refine(hasNoControlCharacters, "common.controlCharacters");
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");

/** The page allowed to change a release or track (lib/music/edit.ts); a missing one has none. */
const releasePage = async (input: { releaseId: string }) => await releaseControllerById(db, input.releaseId);
const trackPage = async (input: { trackId: string }) => await trackControllerById(db, input.trackId);
const releasePages = async (input: { releaseId: string }) => await releaseShownOn(db, input.releaseId);
const trackPages = async (input: { trackId: string }) => await trackShownOn(db, input.trackId);
/** The log line of a removal, naming what went when the result knows its title. */
const titled = (key: "trackRemoved" | "releaseDeleted", untitled: "trackRemovedUntitled" | "releaseDeletedUntitled", result?: ActionState<string, unknown>): AuditSays => {
  const title = (result?.data as { title?: string } | undefined)?.title;
  return title ? { key, values: { title } } : { key: untitled };
};

const releaseInput = z.object({
  releaseId,
  title: text(120, "music.titleMax").pipe(z.string().min(1, "music.releaseTitleRequired")),
  kind: z.enum(["single", "ep", "album"], { message: "music.chooseKind" }),
  genre: text(40, "music.genreMax").transform((v) => v.toLowerCase() || null),
  releaseAt: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || !Number.isNaN(Date.parse(v)), "music.validReleaseDate")
    .transform((v) => (v ? new Date(v) : null)),
  description: text(2000, "music.descriptionMax"),
  copyright: text(200, "music.copyrightMax"),
  upc: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{12,13}$/.test(v), "music.upcInvalid")
    .transform((v) => v || null),
});

type ReleaseField = "title" | "kind" | "genre" | "releaseAt" | "description" | "copyright" | "upc";

export const updateReleaseAction = formAction(
  {
    name: "music.updateRelease",
    signIn: "common.signInAgainToSave",
    input: releaseInput,
    invalid: "common.fixFields",
    echo: ["title", "kind", "genre", "releaseAt", "description", "copyright", "upc"] as const,
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: (input) => ({ key: "releaseEdited", values: { title: input.title } }),
  },
  async (input): Promise<ActionState<ReleaseField>> => {
    const release = await findRelease(db, input.releaseId);
    if (!release) return { ok: false, message: "music.releaseGone" };
    const result = await updateRelease(db, release, input);
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.field ? { [result.field]: result.message } : undefined };
    return { ok: true, message: result.message };
  },
);

const trackInput = z.object({
  trackId,
  title: text(120, "music.trackTitleMax").pipe(z.string().min(1, "music.trackTitleRequired")),
  explicit: checkbox,
  previewOnly: checkbox,
  isrc: z
    .string()
    .trim()
    .transform((v) => v.replace(/-/g, "").toUpperCase())
    .refine((v) => v === "" || /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(v), "music.isrcInvalid")
    .transform((v) => v || null),
  credits: text(500, "music.creditsMax"),
  lyrics: z.string().max(10_000, "music.lyricsMax").transform((v) => v.trim()),
  featured: z.string().max(400, "music.tooManyHandles").optional().transform((v) => parseHandles(v ?? "")),
});

type TrackField = "title" | "isrc" | "credits" | "lyrics" | "featured";

export const updateTrackAction = formAction(
  {
    name: "music.updateTrack",
    signIn: "common.signInAgainToSave",
    input: trackInput,
    invalid: "common.fixFields",
    echo: ["title", "isrc", "credits", "lyrics", "featured"] as const,
    page: { ability: "publish_music", id: trackPage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: trackPages,
    audit: (input) => ({ key: "trackEdited", values: { title: input.title } }),
  },
  async (input): Promise<ActionState<TrackField>> => {
    const found = await findTrackRelease(db, input.trackId);
    if (!found) return { ok: false, message: "music.trackGone" };
    // Featured artists first: an unknown handle refuses the whole save.
    const featured = await setFeatured(db, { id: found.track.id, title: input.title, profileId: found.track.profileId }, input.featured);
    if (!featured.ok) return { ok: false, message: featured.message, fieldErrors: { featured: featured.message } };
    const result = await updateTrack(db, input.trackId, input);
    return { ok: result.ok, message: result.message };
  },
);

export const reorderTracksAction = action(
  {
    name: "music.reorder",
    signIn: "common.signInAgainToReorder",
    input: z.object({ releaseId, trackIds: z.array(trackId).min(1).max(50) }),
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: () => ({ key: "tracksReordered" }),
  },
  async (input) => await reorderTracks(db, input.releaseId, input.trackIds),
);

/**
 * A removal's "Removed “Intro”." (a key with the title, lib/music/edit.ts) in the request's language;
 * the title comes along so the page's activity log can keep its English line.
 */
async function saidWithTitle(result: Result): Promise<ActionState<string, { title: string }>> {
  if (!result.ok || !result.params) return result;
  return { ok: true, message: (await getTranslations("errors"))(result.message as never, result.params as never), data: { title: result.params.title } };
}

export const removeTrackAction = action(
  {
    name: "music.removeTrack",
    signIn: "music.signInToRemoveTracks",
    input: z.object({ trackId }),
    page: { ability: "publish_music", id: trackPage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: trackPages,
    audit: (_input, _ctx, result) => titled("trackRemoved", "trackRemovedUntitled", result),
  },
  async (input) => await saidWithTitle(await removeTrack(db, input.trackId)),
);

export const setReleasePublishedAction = action(
  {
    name: "music.publish",
    signIn: "common.signInAgainToChange",
    input: z.object({ releaseId, published: z.boolean() }),
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: (input) => ({ key: input.published ? "releaseRepublished" : "releaseUnpublished" }),
  },
  async (input) => {
    const release = await findRelease(db, input.releaseId);
    if (!release) return { ok: false, message: "music.releaseGone" };
    return await setReleasePublished(db, release, input.published);
  },
);

export const deleteReleaseAction = action(
  {
    name: "music.deleteRelease",
    signIn: "common.signInAgainToDelete",
    input: z.object({ releaseId }),
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: (_input, _ctx, result) => titled("releaseDeleted", "releaseDeletedUntitled", result),
  },
  async (input) => {
    const release = await findRelease(db, input.releaseId);
    if (!release) return { ok: false, message: "music.releaseGone" };
    return await saidWithTitle(await deleteRelease(db, release));
  },
);

/** A credited page says no: it stops showing on that track. */
export const declineCreditAction = action(
  {
    name: "music.declineCredit",
    signIn: "common.signInAgainToChange",
    input: z.object({ trackId, profileId: z.string().refine(isId, "common.unknownPage") }),
    page: { ability: "edit", id: (input) => input.profileId },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: trackPages,
    audit: () => ({ key: "creditDeclined" }),
  },
  async (input, { page }) => await declineCredit(db, input.trackId, page.id),
);

/** Studio's "Try again" on a track whose audio failed to process: the same file goes back in the queue. */
export const retryAudioAction = action(
  {
    name: "music.retryAudio",
    signIn: "music.signInToRetry",
    input: z.object({ trackId }),
    page: { ability: "publish_music", id: trackPage },
    limits: [{ name: "catalogEdit", per: "page" }],
  },
  async (input) => {
    const found = await findTrackRelease(db, input.trackId);
    if (!found) return { ok: false as const, message: "music.trackGone" };
    const queued = await retryAudioJob(db, found.track.audioId);
    return queued ? { ok: true as const, message: "music.processingAgain" } : { ok: false as const, message: "music.notWaitingForRetry" };
  },
);
