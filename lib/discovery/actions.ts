"use server";

import { z } from "zod";
import { db } from "@/db";
import { getViewer } from "@/lib/auth/viewer";
import { hitRateLimit } from "@/lib/rate-limit";
import { setLike } from "./likes";

const input = z.object({ type: z.enum(["track", "video"]), id: z.string().regex(/^[0-9A-Za-z]{6,32}$/), like: z.boolean() });

export async function likeAction(raw: { type: "track" | "video"; id: string; like: boolean }): Promise<{ ok: true; value: boolean } | { ok: false; message: string; signIn?: boolean }> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to like.", signIn: true };
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "That cannot be liked." };
  if (parsed.data.like && !hitRateLimit(db, `like:${viewer.profile.id}`, { limit: 120, windowMs: 600_000 }).allowed) return { ok: false, message: "Slow down a little and try again." };
  const r = setLike(db, viewer.profile.id, parsed.data.type, parsed.data.id, parsed.data.like);
  return r.ok ? { ok: true, value: r.liked } : r;
}
