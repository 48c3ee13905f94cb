"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { blockFederationTarget, parseBlockTarget, unblockFederationTarget } from "./blocks";
import { setFederates } from "./opt-out";
import { federationContext } from "./instance";
import { setRemoteFollow } from "./remote";

/** Follow or unfollow someone on another server, as the viewer's own listener profile. */
export const remoteFollowAction = action(
  {
    name: "federation.follow",
    signIn: "common.signInToFollow",
    input: z.object({ actorId: z.string().refine(isId, "federation.unknownActor"), follow: z.boolean() }),
    limits: [{ name: "follow" }],
    revalidate: () => ["/", "/feed"],
  },
  async (input, { viewer }) => {
    const ctx = federationContext();
    if (!ctx) return { ok: false, message: "federation.off" };
    const r = await setRemoteFollow(ctx, viewer.profile.id, input.actorId, input.follow);
    return r.ok ? { ok: true, message: r.message, data: { state: r.state } } : { ok: false, message: r.message };
  },
);

/** Admins block a domain or an account for the whole server (Moderation › Other servers). */
export const blockFederationAction = formAction(
  {
    name: "federation.block",
    site: "admin",
    signIn: "common.signInToModerate",
    input: z.object({ target: z.string().trim().min(1, "federation.targetRequired").max(300), reason: z.string().trim().max(300, "federation.reasonMax").default("") }),
    echo: ["target", "reason"] as const,
    limits: [{ name: "moderate" }],
    revalidate: () => ["/moderation/federation"],
  },
  async (input): Promise<ActionState<"target" | "reason">> => {
    const parsed = parseBlockTarget(input.target);
    if (!parsed.ok) return { ok: false, fieldErrors: { target: parsed.message } };
    const removed = await blockFederationTarget(db, parsed.target, input.reason);
    const t = await getTranslations("errors");
    return { ok: true, message: t("federation.blocked", { target: parsed.target, count: removed }) };
  },
);

export const unblockFederationAction = action(
  { name: "federation.unblock", site: "admin", signIn: "common.signInToModerate", input: z.object({ target: z.string().min(1).max(300) }), limits: [{ name: "moderate" }], revalidate: () => ["/moderation/federation"] },
  async (input) => ((await unblockFederationTarget(db, input.target)) ? { ok: true, message: (await getTranslations("errors"))("federation.unblocked", { target: input.target }) } : { ok: false, message: "federation.notBlocked" }),
);

/** "Share this page with other servers" (Studio › Page settings): page admins and the owner. */
export const pageFederationAction = action(
  {
    name: "federation.page",
    signIn: "common.signInAgainToChange",
    input: z.object({ profileId: z.string().refine(isId, "common.pageNotFound"), federate: z.boolean() }),
    page: { ability: "edit", id: (input) => input.profileId },
    limits: [{ name: "settings" }],
    revalidate: () => ["/"],
    changes: (input) => ({ profiles: [input.profileId] }),
  },
  async (input, { page }) => {
    await setFederates(db, page.id, input.federate);
    return { ok: true, message: input.federate ? "federation.shared" : "federation.kept" };
  },
);
