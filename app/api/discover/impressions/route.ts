import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { recordImpression } from "@/lib/discovery/queries";
import { profileExists } from "@/lib/profiles/queries";

export const dynamic = "force-dynamic";

const body = z.object({
  key: z.string().regex(/^(video|track):[0-9A-Za-z]{6,32}$/),
  creatorId: z.string().regex(/^[0-9A-Za-z]{6,32}$/),
  reason: z.string().max(120),
  source: z.string().max(20),
  watchMs: z.number().int().min(0).max(3_600_000),
  skipped: z.boolean(),
  liked: z.boolean(),
  followed: z.boolean(),
});

/** Signals for the recommender; signed-out visitors are not tracked at all. */
export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 204 });
  let parsed;
  try {
    parsed = body.safeParse(await request.json());
  } catch {
    return Response.json({ ok: false, message: "Bad JSON." }, { status: 400 });
  }
  if (!parsed.success || !profileExists(parsed.data.creatorId)) return Response.json({ ok: false, message: "Bad impression." }, { status: 400 });
  recordImpression(viewer.profile.id, parsed.data);
  return new Response(null, { status: 204 });
}
