import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { db } from "@/db";
import { profiles, tracks } from "@/db/schema";
import { getConcertsByIds, type ConcertCard } from "@/lib/concerts/queries";
import { mediaUrl } from "@/lib/media/urls";
import { getReleasesByIds, type ReleaseCard } from "@/lib/music/queries";
import { toProfileCard, type ProfileCard } from "@/lib/profiles/dto";
import { inOrder, searchIds } from "./search";
import { searchPlaylistIds } from "./playlists";
import { playlists as playlistTable } from "@/db/schema";
import { withCovers } from "@/lib/playlists/queries";

export type PlaylistHit = { id: string; title: string; owner: { handle: string; name: string }; cover: { coverUrl: string | null; mosaic: string[] } };

async function hydratePlaylists(ids: string[]): Promise<PlaylistHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: playlistTable.id, title: playlistTable.title, handle: profiles.handle, name: profiles.name })
    .from(playlistTable)
    .innerJoin(profiles, eq(profiles.id, playlistTable.profileId))
    .where(inArray(playlistTable.id, ids));
  return (await withCovers(inOrder(ids, rows))).map((r) => ({ id: r.id, title: r.title, owner: { handle: r.handle, name: r.name }, cover: r.cover }));
}

export type TrackHit = { id: string; title: string; coverUrl: string | null; durationMs: number; artist: { handle: string; name: string } };
export type SearchResults = { profiles: ProfileCard[]; tracks: TrackHit[]; concerts: ConcertCard[]; releases: ReleaseCard[]; playlists: PlaylistHit[] };

async function hydrateTracks(ids: string[]): Promise<TrackHit[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: tracks.id, title: tracks.title, coverId: tracks.coverId, durationMs: tracks.durationMs, handle: profiles.handle, name: profiles.name })
    .from(tracks)
    .innerJoin(profiles, eq(profiles.id, tracks.profileId))
    .where(inArray(tracks.id, ids));
  return inOrder(ids, rows).map((r) => ({ id: r.id, title: r.title, coverUrl: mediaUrl(r.coverId), durationMs: r.durationMs, artist: { handle: r.handle, name: r.name } }));
}

export async function search(query: string): Promise<SearchResults> {
  const hits = await searchIds(db, query);
  const profileRows = hits.profileIds.length ? (await db.select().from(profiles).where(and(inArray(profiles.id, hits.profileIds), isNull(profiles.deletedAt)))) : [];
  const concertMap = await getConcertsByIds(hits.concertIds);
  const releaseMap = await getReleasesByIds(hits.releaseIds);
  return {
    releases: hits.releaseIds.map((id) => releaseMap.get(id)).filter((r): r is ReleaseCard => !!r),
    profiles: inOrder(hits.profileIds, profileRows).map(toProfileCard),
    tracks: await hydrateTracks(hits.trackIds),
    concerts: hits.concertIds.map((id) => concertMap.get(id)).filter((c): c is ConcertCard => !!c),
    playlists: await hydratePlaylists(await searchPlaylistIds(db, query)),
  };
}

export type Suggestion = { kind: "profile" | "track" | "release" | "playlist"; label: string; sublabel: string; href: string; imageUrl: string | null };

/** A handful of quick matches for the shell's search box, their second lines ("Artist · @handle") in the request's language. */
export async function suggest(query: string): Promise<Suggestion[]> {
  const t = await getTranslations("search");
  const hits = await searchIds(db, query, { profiles: 5, tracks: 3, concerts: 0, releases: 3 });
  const profileRows = hits.profileIds.length ? (await db.select().from(profiles).where(and(inArray(profiles.id, hits.profileIds), isNull(profiles.deletedAt)))) : [];
  // The kind comes first so two "Amélie Roux" (an artist and a listener) are told apart.
  const people: Suggestion[] = inOrder(hits.profileIds, profileRows).map((p) => ({ kind: "profile", label: p.name, sublabel: t("suggest.profile", { kind: p.kind, handle: p.handle }), href: `/@${p.handle}`, imageUrl: mediaUrl(p.avatarId) }));
  const releaseMap = await getReleasesByIds(hits.releaseIds);
  const albums: Suggestion[] = hits.releaseIds
    .map((id) => releaseMap.get(id))
    .filter((r): r is ReleaseCard => !!r)
    .map((r) => ({ kind: "release", label: r.title, sublabel: t("suggest.release", { kind: r.kind, artist: r.artist.name }), href: `/release/${r.id}`, imageUrl: r.coverUrl }));
  const songs: Suggestion[] = (await hydrateTracks(hits.trackIds)).map((track) => ({ kind: "track", label: track.title, sublabel: t("suggest.track", { artist: track.artist.name }), href: `/track/${track.id}`, imageUrl: track.coverUrl }));
  const lists: Suggestion[] = (await hydratePlaylists(await searchPlaylistIds(db, query, 2))).map((p) => ({ kind: "playlist", label: p.title, sublabel: t("playlistBy", { owner: p.owner.name }), href: `/playlist/${p.id}`, imageUrl: p.cover.coverUrl ?? p.cover.mosaic[0] ?? null }));
  return [...people, ...albums, ...songs, ...lists];
}
