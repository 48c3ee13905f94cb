"use server";

import { z } from "zod";
import { db } from "@/db";
import { profileExists } from "@/lib/profiles/queries";
import { visitorMarket } from "@/lib/markets/visitor";
import { action } from "@/lib/mutations/guard";
import { isId } from "@/lib/ids";
import { setFollow, setNotifyLevel } from "./follow";
import { holdIntent, mintIntentToken, spendIntent } from "./intent";

const profileId = z.string().refine(isId, "common.profileNotFound");

export type FollowData = { following: boolean; followerCount: number };

/**
 * Follow or unfollow after a click. An embed follow (the popup) needs the
 * popup's token or the one sign-in carried: it says which site the button was
 * on. The URL never decides anything.
 */
export const followAction = action(
  {
    name: "follows.follow",
    signIn: "common.signInToFollow",
    input: z.object({
      profileId,
      follow: z.boolean(),
      source: z.enum(["app", "discovery", "search", "embed"]).default("app"),
      /** The popup's own token, or true to complete the intent sign-in carried. */
      intent: z.union([z.string().max(2000), z.literal(true)]).optional(),
    }),
    limits: [{ name: "follow", when: (input) => input.follow }],
    revalidate: () => ["/"],
    // Follower and following counts on both profiles.
    changes: (input, { viewer }) => ({ profiles: [input.profileId, viewer.profile.id] }),
  },
  async (input, { viewer }) => {
    let source = input.source;
    let origin: string | null = null;
    if (input.intent !== undefined) {
      const intent = await spendIntent(db, input.profileId, input.intent === true ? null : input.intent);
      if (intent) {
        source = intent.source;
        origin = intent.origin;
      } else if (input.intent === true) {
        return { ok: false, message: "follows.linkExpired" };
      }
    }
    if (source === "embed") {
      const market = await visitorMarket(viewer.country);
      if (!market.supported) return { ok: false, message: "follows.marketUnavailable" };
    }
    const result = await setFollow(db, { followerId: viewer.profile.id, followeeId: input.profileId, follow: input.follow, source, sourceOrigin: source === "embed" ? origin : null });
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, data: { following: result.following, followerCount: result.followerCount } };
  },
);

/**
 * Signed out, a person clicked Follow: remember that click in this browser
 * (a single-use cookie) and send them to sign in; the page completes it after.
 */
export const startFollowAction = action(
  {
    name: "follows.start",
    access: "public",
    input: z.object({ profileId, token: z.string().max(2000).optional(), returnTo: z.string().max(300) }),
    limits: [{ name: "follow", per: "ip" }],
  },
  async (input) => {
    if (!(await profileExists(input.profileId))) return { ok: false, message: "common.profileNotFound" };
    const token = input.token ?? mintIntentToken({ profileId: input.profileId, origin: null, source: "app" });
    if (!(await holdIntent(token))) return { ok: false, message: "follows.buttonExpired" };
    return { ok: true };
  },
);

/** All / Highlights / Off for one followed profile. */
export const setNotifyLevelAction = action(
  {
    name: "follows.notifyLevel",
    signIn: "follows.signInToChangeNotifications",
    input: z.object({ profileId, level: z.enum(["all", "highlights", "off"], "follows.chooseLevel") }),
    limits: [{ name: "settings" }],
    revalidate: () => ["/"],
  },
  async (input, { viewer }) => ((await setNotifyLevel(db, viewer.profile.id, input.profileId, input.level)) ? { ok: true } : { ok: false, message: "follows.followFirst" }),
);
