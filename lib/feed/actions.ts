"use server";

import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action } from "@/lib/mutations/guard";
import { setTrackShare } from "./reposts";

export const shareTrackAction = action(
  {
    name: "feed.shareTrack",
    signIn: "feed.signInToShare",
    input: z.object({ trackId: z.string().refine(isId, "feed.cannotShare"), share: z.boolean() }),
    limits: [{ name: "repost", when: (input) => input.share }],
    revalidate: (input) => [`/track/${input.trackId}`],
  },
  async (input, { viewer }): Promise<ActionState<string, { shared: boolean }>> => {
    const result = await setTrackShare(db, viewer.profile.id, input.trackId, input.share);
    return result.ok ? { ok: true, data: { shared: result.shared } } : { ok: false, message: result.message };
  },
);
