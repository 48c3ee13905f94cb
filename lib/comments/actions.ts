"use server";

import { z } from "zod";
import { db } from "@/db";
import { hasNoControlCharacters } from "@/lib/forms/text";
import { isId } from "@/lib/ids";
import { action } from "@/lib/mutations/guard";
import { trackControllerById } from "@/lib/music/edit";
import { commentPage, deleteComment, editComment, postComment, reportComment, setCommentHidden, setTrackCommentsOff } from "./comments";
import { COMMENT_MAX, tidyComment } from "./rules";

const id = (unknown: "common.unknownTrack" | "common.unknownRelease" | "common.unknownComment") => z.string().refine(isId, unknown);
const body = z
  .string()
  .transform(tidyComment)
  .pipe(z.string().min(1, "common.writeSomething").max(COMMENT_MAX, "comments.bodyMax").refine(hasNoControlCharacters, "common.controlCharacters"));

export const postCommentAction = action(
  {
    name: "comments.post",
    signIn: "comments.signInToComment",
    input: z.object({
      target: z.discriminatedUnion("type", [z.object({ type: z.literal("track"), id: id("common.unknownTrack") }), z.object({ type: z.literal("release"), id: id("common.unknownRelease") })]),
      body,
      parentId: id("common.unknownComment").nullish(),
      atMs: z.number().int().min(0).max(24 * 3_600_000).nullish(),
    }),
    limits: [{ name: "comment" }],
  },
  async (input, { viewer }) => await postComment(db, { authorId: viewer.profile.id, target: input.target, body: input.body, parentId: input.parentId, atMs: input.atMs }),
);

export const editCommentAction = action(
  { name: "comments.edit", signIn: "comments.signInToEdit", input: z.object({ commentId: id("common.unknownComment"), body }), limits: [{ name: "comment" }] },
  async (input, { viewer }) => await editComment(db, { commentId: input.commentId, authorId: viewer.profile.id, body: input.body }),
);

/** The author deletes their own comment. */
export const deleteCommentAction = action(
  { name: "comments.delete", signIn: "common.signInAgainToDelete", input: z.object({ commentId: id("common.unknownComment") }), limits: [{ name: "commentModerate" }] },
  async (input, { viewer }) => await deleteComment(db, input.commentId, viewer.profile.id),
);

/** The page's team deletes, hides or shows again any comment on its music. */
export const moderateCommentAction = action(
  {
    name: "comments.moderate",
    signIn: "comments.signInToModerate",
    input: z.object({ commentId: id("common.unknownComment"), op: z.enum(["delete", "hide", "show"]) }),
    page: { ability: "publish_music", id: async (input) => await commentPage(db, input.commentId) },
    limits: [{ name: "commentModerate", per: "page" }],
    audit: (input) => ({ key: input.op === "delete" ? "commentDeleted" : input.op === "hide" ? "commentHidden" : "commentShown" }),
  },
  async (input) => (input.op === "delete" ? await deleteComment(db, input.commentId) : await setCommentHidden(db, input.commentId, input.op === "hide")),
);

/** The page's team turns comments on a track off or on. */
export const setCommentsOffAction = action(
  {
    name: "comments.setOff",
    signIn: "common.signInAgainToChange",
    input: z.object({ trackId: id("common.unknownTrack"), off: z.boolean() }),
    page: { ability: "publish_music", id: async (input) => await trackControllerById(db, input.trackId) },
    limits: [{ name: "commentModerate", per: "page" }],
    audit: (input) => ({ key: input.off ? "commentsOff" : "commentsOn" }),
  },
  async (input) => await setTrackCommentsOff(db, input.trackId, input.off),
);

export const reportCommentAction = action(
  {
    name: "comments.report",
    signIn: "common.signInToReport",
    input: z.object({ commentId: id("common.unknownComment"), reason: z.string().trim().min(1, "comments.sayWhatIsWrong").max(500, "common.keepUnder").refine(hasNoControlCharacters, "common.controlCharacters") }),
    limits: [{ name: "report" }],
  },
  async (input, { viewer }) => await reportComment(db, { commentId: input.commentId, reporterId: viewer.profile.id, reason: input.reason }),
);
