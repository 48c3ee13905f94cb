"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { getViewer } from "@/lib/auth/viewer";
import { hitRateLimit } from "@/lib/rate-limit";
import { setTrackShare } from "./reposts";

export async function shareTrackAction(raw: { trackId: string; share: boolean }): Promise<{ ok: true; shared: boolean } | { ok: false; message: string; signIn?: boolean }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to share with your followers.", signIn: true };
  const parsed = z.object({ trackId: z.string().regex(/^[0-9A-Za-z]{6,32}$/), share: z.boolean() }).safeParse(raw);
  if (!parsed.success) return { ok: false, message: "That track cannot be shared." };
  if (parsed.data.share && !hitRateLimit(db, `repost:${viewer.profile.id}`, { limit: 30, windowMs: 3_600_000 }).allowed) return { ok: false, message: "You have shared a lot in the last hour. Try again later." };
  const result = setTrackShare(db, viewer.profile.id, parsed.data.trackId, parsed.data.share);
  if (result.ok) revalidatePath(`/track/${parsed.data.trackId}`);
  return result;
}
