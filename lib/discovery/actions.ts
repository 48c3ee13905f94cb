"use server";

import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { setLike } from "./likes";
import { setGenres } from "./taste";
import { MAX_GENRES } from "./taste-limits";

export const likeAction = action(
  {
    name: "discovery.like",
    signIn: "discovery.signInToLike",
    input: z.object({ type: z.enum(["track", "video"]), id: z.string().refine(isId, "discovery.cannotLike"), like: z.boolean() }),
    limits: [{ name: "like", when: (input) => input.like }],
  },
  async (input, { viewer }): Promise<ActionState<string, { liked: boolean }>> => {
    const r = await setLike(db, viewer.profile.id, input.type, input.id, input.like);
    return r.ok ? { ok: true, data: { liked: r.liked } } : { ok: false, message: r.message };
  },
);

/** The genres a new listener likes (the home page's first steps): Discover starts from them. */
export const genresAction = formAction(
  {
    name: "discovery.genres",
    signIn: "common.signInAgainToSave",
    input: z.object({ genres: z.array(z.string().max(40)).max(MAX_GENRES, "discovery.genresMax") }),
    fromForm: (form) => ({ genres: form.getAll("genre").map(String) }),
    limits: [{ name: "settings" }],
    revalidate: () => ["/", "/discover"],
  },
  async (input, { viewer }): Promise<ActionState<"genres", { genres: string[] }>> => {
    const r = await setGenres(db, viewer.profile.id, input.genres);
    if (!r.ok) return { ok: false, message: r.message };
    return { ok: true, message: r.genres.length ? "discovery.genresSaved" : "discovery.genresCleared", data: { genres: r.genres } };
  },
);
