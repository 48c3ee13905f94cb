"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { videos } from "@/db/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { hasNoControlCharacters } from "@/lib/forms/text";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { deleteVideo, updateVideo } from "./post";

const videoId = z.string().refine(isId, "common.unknownVideo");
const videoPage = async (input: { videoId: string }) => (await db.select({ p: videos.profileId }).from(videos).where(eq(videos.id, input.videoId)).limit(1))[0]?.p ?? null;

export const updateVideoAction = formAction(
  {
    name: "videos.update",
    signIn: "common.signInAgainToSave",
    input: z.object({
      videoId,
      caption: z.string().trim().max(200, "videos.captionMax").refine(hasNoControlCharacters, "common.controlCharacters"),
      trackId: z
        .string()
        .refine((v) => v === "" || isId(v), "common.unknownTrack")
        .transform((v) => v || null),
    }),
    echo: ["caption", "trackId"] as const,
    page: { ability: "post_videos", id: videoPage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: () => ({ now: true }),
    audit: (input) => ({ key: input.trackId ? "videoEditedWithTrack" : "videoEdited" }),
  },
  async (input, { page }): Promise<ActionState<"caption" | "trackId">> => await updateVideo(db, page.id, input),
);

export const deleteVideoAction = action(
  {
    name: "videos.delete",
    signIn: "common.signInAgainToDelete",
    input: z.object({ videoId }),
    page: { ability: "post_videos", id: videoPage },
    limits: [{ name: "catalogEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: () => ({ now: true }),
    audit: () => ({ key: "videoDeleted" }),
  },
  async (input, { page }) => await deleteVideo(db, page.id, input.videoId),
);
