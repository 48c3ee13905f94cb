"use server";

import { z } from "zod";
import { isId } from "@/lib/ids";
import { action } from "@/lib/mutations/guard";
import { federationContext } from "./instance";
import { setRemoteFollow } from "./remote";

/** Follow or unfollow someone on another server, as the viewer's own listener profile. */
export const remoteFollowAction = action(
  {
    name: "federation.follow",
    signIn: "Sign in to follow.",
    input: z.object({ actorId: z.string().refine(isId, "That profile is not known here."), follow: z.boolean() }),
    limits: [{ name: "follow" }],
    revalidate: () => ["/", "/feed"],
  },
  async (input, { viewer }) => {
    const ctx = federationContext();
    if (!ctx) return { ok: false, message: "This server does not federate." };
    const r = await setRemoteFollow(ctx, viewer.profile.id, input.actorId, input.follow);
    return r.ok ? { ok: true, message: r.message, data: { state: r.state } } : { ok: false, message: r.message };
  },
);
