import { getViewer } from "@/lib/auth/viewer";
import { isId } from "@/lib/ids";
import { myPlaylistsFor } from "@/lib/playlists/queries";

export const dynamic = "force-dynamic";

/** The viewer's playlists for an "Add to playlist" menu, each saying whether it holds ?track. A read. */
export async function GET(request: Request) {
  const track = new URL(request.url).searchParams.get("track") ?? "";
  const viewer = await getViewer();
  if (!viewer || !isId(track)) return Response.json({ playlists: [] }, { status: viewer ? 400 : 401, headers: { "Cache-Control": "private, no-store" } });
  return Response.json({ playlists: await myPlaylistsFor(viewer.profile.id, track) }, { headers: { "Cache-Control": "private, no-store" } });
}
