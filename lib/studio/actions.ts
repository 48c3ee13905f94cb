"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { deleteAnnouncement, postAnnouncement } from "@/lib/feed/announcements";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { setEmbedFullPlays } from "@/lib/music/releases";
import { trackControllerById } from "@/lib/music/edit";
import { spendNotifyBudget } from "@/lib/notifications/budget";
import { handleUnavailable, recordRename } from "@/lib/profiles/handle-history";
import { replaceGenres } from "./pages";
import { createPageSchema, updatePageSchema } from "./validation";

type CreateField = "kind" | "name" | "handle";

export const createPageAction = formAction(
  {
    name: "studio.createPage",
    signIn: "studio.signInToCreatePage",
    input: createPageSchema,
    invalid: "common.fixFields",
    echo: ["kind", "name", "handle"] as const,
    limits: [{ name: "pageCreate" }],
    revalidate: () => ["/studio"],
    // A profile page cached as "not found" for this handle.
    changes: (input) => ({ handles: [input.handle] }),
  },
  async (input, { viewer }): Promise<ActionState<CreateField>> => {
    if (viewer.managed.filter((m) => m.role === "owner").length >= 20) return { ok: false, message: "studio.tooManyPages" };
    const taken = await handleUnavailable(db, input.handle, null);
    if (taken) return { ok: false, fieldErrors: { handle: taken } };
    const created = (await db
      .insert(profiles)
      .values({ ownerId: viewer.userId, kind: input.kind, name: input.name, handle: input.handle, city: viewer.city, country: viewer.country })
      .returning({ id: profiles.id }))[0];
    redirect(`/studio/pages/${created.id}?created=1`);
  },
);

type UpdateField = "name" | "handle" | "bio" | "links" | "genres" | "city" | "country";

export const updatePageAction = formAction(
  {
    name: "studio.updatePage",
    signIn: "studio.sessionEnded",
    input: updatePageSchema,
    invalid: "common.fixFields",
    echo: ["name", "handle", "bio", "links", "genres", "city", "country"] as const,
    page: { ability: "edit", id: (input) => input.profileId },
    limits: [{ name: "pageEdit", per: "page" }],
    // A rename changes links everywhere the page appears.
    revalidate: () => ["/"],
    changes: (input) => ({ handles: [input.handle] }),
  },
  async (input, { page }): Promise<ActionState<UpdateField>> => {
    const taken = await handleUnavailable(db, input.handle, page.id);
    if (taken) return { ok: false, fieldErrors: { handle: taken } };
    await db.transaction(async (tx) => {
      await tx.update(profiles)
        .set({ name: input.name, handle: input.handle, bio: input.bio, links: input.links, city: input.city, country: input.country, updatedAt: new Date() })
        .where(eq(profiles.id, page.id));
      await replaceGenres(tx, page.id, input.genres);
      await recordRename(tx, page.id, page.handle, input.handle);
    });
    return { ok: true, message: "studio.pageSaved" };
  },
);

/** Per track: full plays in embeds, or 30-second previews only. */
export const setTrackEmbedAction = action(
  {
    name: "studio.trackEmbed",
    signIn: "common.signInAgainToChange",
    input: z.object({ trackId: z.string().refine(isId, "common.unknownTrack"), fullPlays: z.boolean() }),
    page: { ability: "publish_music", id: async (input) => await trackControllerById(db, input.trackId) },
    limits: [{ name: "pageEdit", per: "page" }],
    revalidate: () => ["/studio"],
  },
  async (input) => {
    await setEmbedFullPlays(db, input.trackId, input.fullPlays);
    return { ok: true };
  },
);

const announcementInput = z.object({
  profileId: z.string().refine(isId, "common.unknownPage"),
  body: z.string().trim().min(1, "studio.announcementRequired").max(500, "studio.announcementMax"),
});

export const postAnnouncementAction = formAction(
  {
    name: "studio.announce",
    signIn: "studio.signInToPost",
    input: announcementInput,
    echo: ["body"] as const,
    page: { ability: "announce", id: (input) => input.profileId },
    limits: [{ name: "announcementPost", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<ActionState<"body">> => {
    const result = await postAnnouncement(db, { profileId: page.id, profileName: page.name, body: input.body });
    if (!result.ok) return { ok: false, message: result.message };
    await spendNotifyBudget(db, page.id);
    return { ok: true, message: (await getTranslations("errors"))("studio.posted", { count: result.reach }) };
  },
);

export const deleteAnnouncementAction = action(
  {
    name: "studio.deleteAnnouncement",
    signIn: "common.signInAgainToDelete",
    input: z.object({ profileId: z.string().refine(isId, "common.unknownPage"), announcementId: z.string().refine(isId, "common.unknownAnnouncement") }),
    page: { ability: "announce", id: (input) => input.profileId },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: () => ({ now: true }),
    audit: () => ({ key: "announcementDeleted" }),
  },
  async (input, { page }) => await deleteAnnouncement(db, page.id, input.announcementId),
);
