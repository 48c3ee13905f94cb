"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { profiles, tracks } from "@/db/schema";
import { getViewer } from "@/lib/auth/viewer";
import { setEmbedFullPlays } from "@/lib/music/releases";
import { postAnnouncement } from "@/lib/feed/announcements";
import { z } from "zod";
import { echoValues, fieldErrorsOf, type ActionState } from "@/lib/forms/action-state";
import { handleTakenByOther, managedPage, replaceGenres } from "./pages";
import { createPageSchema, updatePageSchema } from "./validation";

type CreateField = "kind" | "name" | "handle";

export async function createPageAction(_prev: ActionState<CreateField>, form: FormData): Promise<ActionState<CreateField>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to create a page." };
  const values = echoValues(form, ["kind", "name", "handle"]);
  const parsed = createPageSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  if (viewer.managed.length >= 20) return { ok: false, message: "An account can manage at most 20 pages.", values };
  if (handleTakenByOther(db, parsed.data.handle, null)) {
    return { ok: false, fieldErrors: { handle: `@${parsed.data.handle} is taken. Please pick another handle.` }, values };
  }
  const created = db
    .insert(profiles)
    .values({ ownerId: viewer.userId, kind: parsed.data.kind, name: parsed.data.name, handle: parsed.data.handle, city: viewer.city, country: viewer.country })
    .returning({ id: profiles.id })
    .get();
  revalidatePath("/studio");
  redirect(`/studio/pages/${created.id}?created=1`);
}

type UpdateField = "name" | "handle" | "bio" | "links" | "genres" | "city" | "country";
const UPDATE_FIELDS = ["name", "handle", "bio", "links", "genres", "city", "country"] as const;

export async function updatePageAction(_prev: ActionState<UpdateField>, form: FormData): Promise<ActionState<UpdateField>> {
  const values = echoValues(form, UPDATE_FIELDS);
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Your session has ended. Sign in again to save.", values };
  const parsed = updatePageSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data;

  // Ownership is checked here, on the server, whatever the form claims.
  const page = managedPage(db, viewer.userId, input.profileId);
  if (!page) return { ok: false, message: "You cannot edit this page: only the account that manages it can.", values };
  if (handleTakenByOther(db, input.handle, page.id)) return { ok: false, fieldErrors: { handle: `@${input.handle} is taken. Please pick another handle.` }, values };

  db.transaction((tx) => {
    tx.update(profiles)
      .set({ name: input.name, handle: input.handle, bio: input.bio, links: input.links, city: input.city, country: input.country, updatedAt: new Date() })
      .where(eq(profiles.id, page.id))
      .run();
    replaceGenres(tx as unknown as typeof db, page.id, input.genres);
  });
  revalidatePath(`/@${page.handle}`);
  revalidatePath(`/@${input.handle}`);
  revalidatePath("/studio", "layout");
  return { ok: true, message: "Saved. Your page is up to date.", values };
}

/** Per track: full plays in embeds, or 30-second previews only. */
export async function setTrackEmbedAction(trackId: string, fullPlays: boolean): Promise<{ ok: boolean; message?: string }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to change this." };
  const track = typeof trackId === "string" ? db.select({ profileId: tracks.profileId }).from(tracks).where(eq(tracks.id, trackId)).get() : undefined;
  if (!track || !managedPage(db, viewer.userId, track.profileId)) return { ok: false, message: "You cannot change this track." };
  setEmbedFullPlays(db, trackId, fullPlays === true);
  revalidatePath("/studio", "layout");
  return { ok: true };
}

const announcementInput = z.object({
  profileId: z.string().regex(/^[0-9A-Za-z]{6,32}$/, "Unknown page."),
  body: z.string().trim().min(1, "Write something to announce.").max(500, "Announcements are at most 500 characters."),
});

export async function postAnnouncementAction(_prev: ActionState<"body">, form: FormData): Promise<ActionState<"body">> {
  const values = echoValues(form, ["body"]);
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to post.", values };
  const parsed = announcementInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const page = managedPage(db, viewer.userId, parsed.data.profileId);
  if (!page) return { ok: false, message: "You cannot post for this page.", values };
  const result = postAnnouncement(db, { profileId: page.id, profileName: page.name, body: parsed.data.body });
  if (!result.ok) return { ok: false, message: result.message, values };
  revalidatePath("/", "layout");
  return { ok: true, message: `Posted. It reached ${result.reach.toLocaleString("en")} ${result.reach === 1 ? "follower" : "followers"}.` };
}

