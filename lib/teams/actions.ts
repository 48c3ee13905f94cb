"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { MEMBER_ROLES } from "@/db/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { redirect } from "next/navigation";
import { deletePage } from "./delete-page";
import { answerRoster, inviteToRoster, leaveRoster } from "./roster";
import { answerInvite, answerTransfer, cancelTransfer, inviteMember, leavePage, offerTransfer, removeMember, setMemberRole } from "./members";
import type { AuditSays } from "./audit";

const pageId = z.string().refine(isId, "common.unknownPage");
const userId = z.string().refine(isId, "common.unknownPerson");
const role = z.enum(MEMBER_ROLES, { message: "teams.pickRole" });
const handle = z.string().trim().min(1, "teams.handleRequired").max(40, "common.handleMax").transform((s) => s.replace(/^@/, ""));
const saysOf = (result?: ActionState<string, unknown>): AuditSays => (result?.data as { says?: AuditSays } | undefined)?.says ?? { key: "other", values: { action: "team" } };

export const inviteMemberAction = formAction(
  {
    name: "teams.invite",
    signIn: "teams.signInToInvite",
    input: z.object({ pageId, handle, role }),
    echo: ["handle", "role"] as const,
    page: { ability: "manage_team", id: (input) => input.pageId },
    limits: [{ name: "teamInvite", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.pageId}/team`],
    audit: (input) => ({ key: "memberInvited", values: { handle: input.handle, role: input.role } }),
  },
  async (input, { page, viewer }): Promise<ActionState<"handle" | "role">> => {
    const result = await inviteMember(db, page, { userId: viewer.userId, name: viewer.profile.name }, input);
    // A success clears the form; a refusal keeps what was typed.
    if (result.ok) return { ok: true, message: result.message, values: {} };
    return { ok: false, message: result.message, fieldErrors: result.field ? { [result.field]: result.message } : undefined };
  },
);

export const setMemberRoleAction = action(
  {
    name: "teams.role",
    signIn: "teams.signInToChangeRoles",
    input: z.object({ pageId, userId, role }),
    page: { ability: "manage_team", id: (input) => input.pageId },
    limits: [{ name: "pageEdit", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.pageId}/team`],
    audit: (_input, _ctx, result) => saysOf(result),
  },
  async (input, { page }): Promise<ActionState<string, { says?: AuditSays }>> => {
    const result = await setMemberRole(db, page, input);
    return { ok: result.ok, message: result.message, data: { says: "says" in result ? result.says : undefined } };
  },
);

export const removeMemberAction = action(
  {
    name: "teams.remove",
    signIn: "teams.signInToChangeTeam",
    input: z.object({ pageId, userId }),
    page: { ability: "manage_team", id: (input) => input.pageId },
    limits: [{ name: "pageEdit", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.pageId}/team`],
    audit: (_input, _ctx, result) => saysOf(result),
  },
  async (input, { page }): Promise<ActionState<string, { says?: AuditSays }>> => {
    const result = await removeMember(db, page, input.userId);
    return { ok: result.ok, message: result.message, data: { says: "says" in result ? result.says : undefined } };
  },
);

export const offerTransferAction = formAction(
  {
    name: "teams.transfer",
    signIn: "teams.signInToTransfer",
    input: z.object({ pageId, handle }),
    echo: ["handle"] as const,
    page: { ability: "transfer", id: (input) => input.pageId },
    limits: [{ name: "teamInvite", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.pageId}/team`],
    audit: (_input, _ctx, result) => saysOf(result),
  },
  async (input, { page, viewer }): Promise<ActionState<"handle", { says?: AuditSays }>> => {
    const result = await offerTransfer(db, page, { userId: viewer.userId, name: viewer.profile.name }, input.handle);
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: { handle: result.message } };
    return { ok: true, message: result.message, values: {}, data: { says: result.says } };
  },
);

export const cancelTransferAction = action(
  {
    name: "teams.cancelTransfer",
    signIn: "common.signInAgainToChange",
    input: z.object({ pageId }),
    page: { ability: "transfer", id: (input) => input.pageId },
    revalidate: (input) => [`/studio/pages/${input.pageId}/team`],
    audit: () => ({ key: "transferCancelled" }),
  },
  async (_input, { page }) => {
    const result = await cancelTransfer(db, page);
    return { ok: result.ok, message: result.message };
  },
);

/** The invited person's answer; nobody else's invitation can be answered (the lookup is by the viewer's account). */
export const answerInviteAction = action(
  { name: "teams.answerInvite", signIn: "teams.signInToAnswerInvitation", input: z.object({ pageId, accept: z.boolean() }), limits: [{ name: "settings" }], revalidate: () => ["/"] },
  async (input, { viewer }) => await answerInvite(db, { userId: viewer.userId, name: viewer.profile.name }, input.pageId, input.accept),
);

export const answerTransferAction = action(
  { name: "teams.answerTransfer", signIn: "common.signInToAnswer", input: z.object({ pageId, accept: z.boolean() }), limits: [{ name: "settings" }], revalidate: () => ["/"] },
  async (input, { viewer }) => await answerTransfer(db, { userId: viewer.userId, name: viewer.profile.name }, input.pageId, input.accept),
);

export const leavePageAction = action(
  { name: "teams.leave", signIn: "teams.signInToLeave", input: z.object({ pageId }), limits: [{ name: "settings" }], revalidate: () => ["/"] },
  async (input, { viewer }) => await leavePage(db, { userId: viewer.userId, name: viewer.profile.name }, input.pageId),
);

export const deletePageAction = formAction(
  {
    name: "teams.deletePage",
    signIn: "teams.signInToDeletePage",
    input: z.object({ pageId, confirm: z.string().trim().transform((s) => s.replace(/^@/, "")) }),
    echo: ["confirm"] as const,
    page: { ability: "delete_page", id: (input) => input.pageId },
    limits: [{ name: "pageEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: (_input, { page }) => ({ handles: [page.handle], now: true }),
    audit: () => ({ key: "pageDeleted" }),
  },
  async (input, { page }): Promise<ActionState<"confirm">> => {
    if (input.confirm.toLowerCase() !== page.handle.toLowerCase()) return { ok: false, fieldErrors: { confirm: (await getTranslations("errors"))("teams.typeHandle", { handle: page.handle }) } };
    const done = await deletePage(db, page);
    if (!done.ok) return { ok: false, message: done.message };
    redirect(`/studio?deleted=${page.id}`);
  },
);

export const inviteToRosterAction = formAction(
  {
    name: "teams.rosterInvite",
    signIn: "teams.signInToInviteArtists",
    input: z.object({ pageId, handle }),
    echo: ["handle"] as const,
    page: { ability: "manage_roster", id: (input) => input.pageId },
    limits: [{ name: "teamInvite", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.pageId}/roster`],
    audit: (input) => ({ key: "rosterInvited", values: { handle: input.handle } }),
  },
  async (input, { page }): Promise<ActionState<"handle">> => {
    const result = await inviteToRoster(db, page, input.handle);
    if (result.ok) return { ok: true, message: result.message, values: {} };
    return { ok: false, message: result.message, fieldErrors: result.field ? { handle: result.message } : undefined };
  },
);

/** The artist's owner or an admin answers a label's invitation. */
export const answerRosterAction = action(
  {
    name: "teams.rosterAnswer",
    signIn: "common.signInToAnswer",
    input: z.object({ labelId: pageId, artistId: pageId, accept: z.boolean() }),
    page: { ability: "edit", id: (input) => input.artistId },
    limits: [{ name: "settings" }],
    revalidate: () => ["/"],
    changes: (input) => ({ profiles: [input.labelId], now: true }),
    audit: (input) => ({ key: input.accept ? "rosterJoined" : "rosterDeclined" }),
  },
  async (input, { page }) => await answerRoster(db, input.labelId, page, input.accept),
);

/** The label takes an artist off its roster (or withdraws the invitation). */
export const removeFromRosterAction = action(
  {
    name: "teams.rosterRemove",
    signIn: "teams.signInToChangeRoster",
    input: z.object({ labelId: pageId, artistId: pageId }),
    page: { ability: "manage_roster", id: (input) => input.labelId },
    limits: [{ name: "pageEdit", per: "page" }],
    revalidate: (input) => [`/studio/pages/${input.labelId}/roster`],
    changes: (input) => ({ profiles: [input.artistId], now: true }),
    audit: () => ({ key: "rosterRemoved" }),
  },
  async (input) => await leaveRoster(db, input.labelId, input.artistId),
);

/** The artist leaves a label's roster. */
export const leaveRosterAction = action(
  {
    name: "teams.rosterLeave",
    signIn: "common.signInAgainToChange",
    input: z.object({ labelId: pageId, artistId: pageId }),
    page: { ability: "edit", id: (input) => input.artistId },
    limits: [{ name: "pageEdit", per: "page" }],
    revalidate: () => ["/"],
    changes: (input) => ({ profiles: [input.labelId], now: true }),
    audit: () => ({ key: "rosterLeft" }),
  },
  async (input) => await leaveRoster(db, input.labelId, input.artistId),
);
