import { getViewer } from "@/lib/auth/viewer";
import { getTracksByIds, tracksLikedBy } from "@/lib/music/queries";

export const dynamic = "force-dynamic";

const MAX_IDS = 200;

/**
 * Playable copies of public tracks (fresh signed audio URLs) and which of them
 * the viewer likes: the player uses it to restore its queue after a reload and
 * to show the heart of what is playing. A read: nothing changes.
 */
export async function GET(request: Request) {
  const ids = [...new Set((new URL(request.url).searchParams.get("ids") ?? "").split(",").map((s) => s.trim()).filter((s) => /^[A-Za-z0-9_-]{1,64}$/.test(s)))].slice(0, MAX_IDS);
  const cards = await getTracksByIds(ids);
  const viewer = await getViewer();
  const liked = viewer ? [...(await tracksLikedBy(viewer.profile.id, [...cards.keys()]))] : [];
  const tracks = [...cards.values()].map((t) => ({ id: t.id, title: t.title, artist: t.artist, artistHandle: t.artistHandle, coverUrl: t.coverUrl, audioUrl: t.audioUrl, durationMs: t.durationMs, album: t.album }));
  return Response.json({ tracks, liked, signedIn: !!viewer }, { headers: { "Cache-Control": "private, no-store" } });
}
