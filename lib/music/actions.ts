"use server";

import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { CONTROL_MESSAGE, hasNoControlCharacters } from "@/lib/forms/text";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { declineCredit, parseHandles, setFeatured } from "./credits";
import { retryAudioJob } from "@/lib/audio/queue";
import { deleteRelease, findRelease, findTrackRelease, releaseControllerById, releaseShownOn, removeTrack, reorderTracks, setReleasePublished, trackControllerById, trackShownOn, updateRelease, updateTrack } from "./edit";

const releaseId = z.string().refine(isId, "Unknown release.");
const trackId = z.string().refine(isId, "Unknown track.");
const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters.`).refine(hasNoControlCharacters, CONTROL_MESSAGE);
const checkbox = z.string().optional().transform((v) => v === "on" || v === "true");

/** The page allowed to change a release or track (lib/music/edit.ts); a missing one has none. */
const releasePage = async (input: { releaseId: string }) => await releaseControllerById(db, input.releaseId);
const trackPage = async (input: { trackId: string }) => await trackControllerById(db, input.trackId);
const releasePages = async (input: { releaseId: string }) => await releaseShownOn(db, input.releaseId);
const trackPages = async (input: { trackId: string }) => await trackShownOn(db, input.trackId);

const releaseInput = z.object({
  releaseId,
  title: text(120, "Title").pipe(z.string().min(1, "Give the release a title.")),
  kind: z.enum(["single", "ep", "album"], { message: "Choose single, EP or album." }),
  genre: text(40, "Genre").transform((v) => v.toLowerCase() || null),
  releaseAt: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || !Number.isNaN(Date.parse(v)), "Enter a valid release date and time.")
    .transform((v) => (v ? new Date(v) : null)),
  description: text(2000, "The description"),
  copyright: text(200, "The copyright line"),
  upc: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{12,13}$/.test(v), "A UPC/EAN is 12 or 13 digits.")
    .transform((v) => v || null),
});

type ReleaseField = "title" | "kind" | "genre" | "releaseAt" | "description" | "copyright" | "upc";

export const updateReleaseAction = formAction(
  {
    name: "music.updateRelease",
    signIn: "Sign in again to save.",
    input: releaseInput,
    invalid: "Please fix the highlighted fields.",
    echo: ["title", "kind", "genre", "releaseAt", "description", "copyright", "upc"] as const,
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: (input) => `edited the release “${input.title}”`,
  },
  async (input): Promise<ActionState<ReleaseField>> => {
    const release = await findRelease(db, input.releaseId);
    if (!release) return { ok: false, message: "This release no longer exists." };
    const result = await updateRelease(db, release, input);
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.field ? { [result.field]: result.message } : undefined };
    return { ok: true, message: result.message };
  },
);

const trackInput = z.object({
  trackId,
  title: text(120, "Track titles").pipe(z.string().min(1, "Every track needs a title.")),
  explicit: checkbox,
  previewOnly: checkbox,
  isrc: z
    .string()
    .trim()
    .transform((v) => v.replace(/-/g, "").toUpperCase())
    .refine((v) => v === "" || /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(v), "An ISRC looks like CC-XXX-YY-NNNNN (12 characters).")
    .transform((v) => v || null),
  credits: text(500, "Credits"),
  lyrics: z.string().max(10_000, "Lyrics must be at most 10,000 characters.").transform((v) => v.trim()),
  featured: z.string().max(400, "That is too many handles.").optional().transform((v) => parseHandles(v ?? "")),
});

type TrackField = "title" | "isrc" | "credits" | "lyrics" | "featured";

export const updateTrackAction = formAction(
  {
    name: "music.updateTrack",
    signIn: "Sign in again to save.",
    input: trackInput,
    invalid: "Please fix the highlighted fields.",
    echo: ["title", "isrc", "credits", "lyrics", "featured"] as const,
    page: { ability: "publish_music", id: trackPage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: trackPages,
    audit: (input) => `edited the track “${input.title}”`,
  },
  async (input): Promise<ActionState<TrackField>> => {
    const found = await findTrackRelease(db, input.trackId);
    if (!found) return { ok: false, message: "This track no longer exists." };
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
    signIn: "Sign in again to reorder.",
    input: z.object({ releaseId, trackIds: z.array(trackId).min(1).max(50) }),
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: () => "reordered a release's tracks",
  },
  async (input) => await reorderTracks(db, input.releaseId, input.trackIds),
);

export const removeTrackAction = action(
  {
    name: "music.removeTrack",
    signIn: "Sign in again to remove tracks.",
    input: z.object({ trackId }),
    page: { ability: "publish_music", id: trackPage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: trackPages,
    audit: (_input, _ctx, result) => `removed a track (${result?.message ?? ""})`,
  },
  async (input) => await removeTrack(db, input.trackId),
);

export const setReleasePublishedAction = action(
  {
    name: "music.publish",
    signIn: "Sign in again to change this.",
    input: z.object({ releaseId, published: z.boolean() }),
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: (input) => (input.published ? "published a release again" : "unpublished a release"),
  },
  async (input) => {
    const release = await findRelease(db, input.releaseId);
    if (!release) return { ok: false, message: "This release no longer exists." };
    return await setReleasePublished(db, release, input.published);
  },
);

export const deleteReleaseAction = action(
  {
    name: "music.deleteRelease",
    signIn: "Sign in again to delete.",
    input: z.object({ releaseId }),
    page: { ability: "publish_music", id: releasePage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: releasePages,
    audit: (_input, _ctx, result) => `deleted a release (${result?.message ?? ""})`,
  },
  async (input) => {
    const release = await findRelease(db, input.releaseId);
    if (!release) return { ok: false, message: "This release no longer exists." };
    return await deleteRelease(db, release);
  },
);

/** A credited page says no: it stops showing on that track. */
export const declineCreditAction = action(
  {
    name: "music.declineCredit",
    signIn: "Sign in again to change this.",
    input: z.object({ trackId, profileId: z.string().refine(isId, "Unknown page.") }),
    page: { ability: "edit", id: (input) => input.profileId },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: trackPages,
    audit: () => "declined a featured-artist credit",
  },
  async (input, { page }) => await declineCredit(db, input.trackId, page.id),
);

/** Studio's "Try again" on a track whose audio failed to process: the same file goes back in the queue. */
export const retryAudioAction = action(
  {
    name: "music.retryAudio",
    signIn: "Sign in again to retry.",
    input: z.object({ trackId }),
    page: { ability: "publish_music", id: trackPage },
    limits: [{ name: "catalogEdit", per: "page" }],
  },
  async (input) => {
    const found = await findTrackRelease(db, input.trackId);
    if (!found) return { ok: false as const, message: "This track no longer exists." };
    const queued = await retryAudioJob(db, found.track.audioId);
    return queued ? { ok: true as const, message: "Processing again." } : { ok: false as const, message: "This track's audio is not waiting for a retry." };
  },
);
