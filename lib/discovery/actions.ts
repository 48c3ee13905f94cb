"use server";

import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action } from "@/lib/mutations/guard";
import { setLike } from "./likes";

export const likeAction = action(
  {
    name: "discovery.like",
    signIn: "Sign in to like.",
    input: z.object({ type: z.enum(["track", "video"]), id: z.string().refine(isId, "That cannot be liked."), like: z.boolean() }),
    limits: [{ name: "like", when: (input) => input.like }],
  },
  async (input, { viewer }): Promise<ActionState<string, { liked: boolean }>> => {
    const r = await setLike(db, viewer.profile.id, input.type, input.id, input.like);
    return r.ok ? { ok: true, data: { liked: r.liked } } : { ok: false, message: r.message };
  },
);
