import { db } from "@/db";
import { getViewer } from "@/lib/auth/viewer";
import { authorizePage } from "@/lib/auth/policy";
import { audioErrorsIn, soundsOfTracks } from "@/lib/audio/queries";
import { isId } from "@/lib/ids";
import { trackControllerById } from "@/lib/music/edit";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

/** Where a track's audio is in the pipeline, for its team's Studio (polled while it processes). A read. */
export async function GET(_request: Request, { params }: { params: Promise<{ trackId: string }> }) {
  const { trackId } = await params;
  const viewer = await getViewer();
  const pageId = isId(trackId) ? await trackControllerById(db, trackId) : null;
  if (!viewer || !pageId || !(await authorizePage(db, viewer.userId, pageId, "publish_music")).ok) return Response.json({ ok: false }, { status: 404, headers: noStore });
  const sound = (await audioErrorsIn(await soundsOfTracks([trackId], 1))).get(trackId);
  return Response.json({ ok: true, status: sound?.status ?? "ready", progress: sound?.progress ?? 100, error: sound?.error ?? null }, { headers: noStore });
}
