import { getViewer } from "@/lib/auth/viewer";
import { getTracksByIds, tracksLikedBy } from "@/lib/music/queries";
import { soundsOfTracks } from "@/lib/audio/queries";

export const dynamic = "force-dynamic";

const MAX_IDS = 200;

/**
 * Playable copies of public tracks (fresh signed audio URLs) and which of them
 * the viewer likes: the player uses it to restore its queue after a reload and
 * to show the heart of what is playing; with ?sound=1 also each track's
 * waveform and loudness gain (for the dock). A read: nothing changes.
 */
export async function GET(request: Request) {
  const ids = [...new Set((new URL(request.url).searchParams.get("ids") ?? "").split(",").map((s) => s.trim()).filter((s) => /^[A-Za-z0-9_-]{1,64}$/.test(s)))].slice(0, MAX_IDS);
  const cards = await getTracksByIds(ids);
  const viewer = await getViewer();
  const liked = viewer ? [...(await tracksLikedBy(viewer.profile.id, [...cards.keys()]))] : [];
  const tracks = [...cards.values()].map((t) => ({ id: t.id, title: t.title, artist: t.artist, artistHandle: t.artistHandle, coverUrl: t.coverUrl, audioUrl: t.audioUrl, durationMs: t.durationMs, album: t.album }));
  const wantSound = new URL(request.url).searchParams.get("sound") === "1";
  const sounds = wantSound ? Object.fromEntries([...(await soundsOfTracks([...cards.keys()], 300))].map(([id, s]) => [id, { peaks: s.peaks, gainDb: s.gainDb }])) : undefined;
  return Response.json({ tracks, liked, signedIn: !!viewer, sounds }, { headers: { "Cache-Control": "private, no-store" } });
}
