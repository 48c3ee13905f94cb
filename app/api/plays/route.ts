import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { tracks } from "@/db/schema";
import { auth } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/viewer";
import { clientIp } from "@/lib/markets/markets";
import { trackAccessByAudio } from "@/lib/music/access";
import { recordPlay } from "@/lib/music/plays";

export const dynamic = "force-dynamic";

const body = z.object({ trackId: z.string().regex(/^[0-9A-Za-z]{6,32}$/), source: z.enum(["app", "embed", "discovery"]).default("app") });

export async function POST(request: Request) {
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false, message: "Unknown track." }, { status: 400 });
  const track = db.select({ audioId: tracks.audioId }).from(tracks).where(eq(tracks.id, parsed.data.trackId)).get();
  const access = track ? trackAccessByAudio(track.audioId) : null;
  if (!access?.isPublic) return Response.json({ ok: false, message: "Unknown track." }, { status: 404 });
  // Embeds are cookie-free: they count by a hash of the address, never stored raw.
  const viewer = parsed.data.source === "embed" ? null : (await auth())?.user?.id ? await getViewer() : null;
  const ip = clientIp(request.headers) ?? "local";
  const listenerKey = viewer ? `p:${viewer.profile.id}` : `ip:${createHash("sha256").update(ip).digest("base64url").slice(0, 16)}`;
  const counted = recordPlay(db, { trackId: parsed.data.trackId, listenerKey, listenerId: viewer?.profile.id ?? null, source: parsed.data.source });
  return Response.json({ ok: true, counted });
}
