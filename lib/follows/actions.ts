"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { getViewer } from "@/lib/auth/viewer";
import { normalizeOrigin } from "@/lib/embed/origin";
import { visitorMarket } from "@/lib/markets/visitor";
import { hitRateLimit } from "@/lib/rate-limit";
import { FOLLOW_RATE_LIMIT, setFollow, setNotifyLevel } from "./follow";

export type FollowActionResult =
  | { ok: true; following: boolean; followerCount: number }
  | { ok: false; message: string; signIn?: boolean };

const input = z.object({
  profileId: z.string().regex(/^[0-9A-Za-z]{6,32}$/),
  follow: z.boolean(),
  source: z.enum(["app", "discovery", "search", "embed"]).default("app"),
  origin: z.string().max(300).nullish(),
});

export async function followAction(raw: { profileId: string; follow: boolean; source?: "app" | "discovery" | "search" | "embed"; origin?: string | null }): Promise<FollowActionResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to follow.", signIn: true };
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "That profile does not exist." };
  if (parsed.data.follow) {
    const limit = hitRateLimit(db, `follow:${viewer.userId}`, FOLLOW_RATE_LIMIT);
    if (!limit.allowed) return { ok: false, message: "You are following very fast. Take a breather and try again in a few minutes." };
  }
  // Embed follows come from the intent popup, where markets apply (see app/intent/follow).
  if (parsed.data.source === "embed") {
    const market = await visitorMarket(viewer.country);
    if (!market.supported) return { ok: false, message: "Chorus is not yet available in your market." };
  }
  const result = setFollow(db, {
    followerId: viewer.profile.id,
    followeeId: parsed.data.profileId,
    follow: parsed.data.follow,
    source: parsed.data.source,
    sourceOrigin: parsed.data.source === "embed" ? normalizeOrigin(parsed.data.origin) : null,
  });
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/", "layout");
  return { ok: true, following: result.following, followerCount: result.followerCount };
}

const levelInput = z.object({ profileId: z.string().regex(/^[0-9A-Za-z]{6,32}$/), level: z.enum(["all", "highlights", "off"]) });

/** All / Highlights / Off for one followed profile. */
export async function setNotifyLevelAction(raw: { profileId: string; level: "all" | "highlights" | "off" }): Promise<{ ok: boolean; message?: string }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to change notifications." };
  const parsed = levelInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Choose All, Highlights or Off." };
  const ok = setNotifyLevel(db, viewer.profile.id, parsed.data.profileId, parsed.data.level);
  if (!ok) return { ok: false, message: "Follow this profile first." };
  revalidatePath("/", "layout");
  return { ok: true };
}
