import "server-only";
import { audioErrorsIn, soundsOfTracks } from "@/lib/audio/queries";
import { and, asc, desc, eq, inArray, or } from "drizzle-orm";
import { db } from "@/db";
import { labelRoster, profiles, releases, tracks } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { controllingPage, releaseController } from "@/lib/music/edit";
import { creditsOf, featuredOn } from "@/lib/music/credits";
import { isId } from "@/lib/ids";
import { followsByOrigin } from "@/lib/follows/follow";
import { ANNOUNCEMENTS_PER_WEEK, announcementStats, announcementsLeft } from "@/lib/feed/announcements";
import { managedPage } from "./pages";
import type { PageAbility } from "@/lib/auth/policy";

export async function getManagedPage(userId: string, profileId: string, ability?: PageAbility) {
  if (!isId(profileId)) return null;
  return await managedPage(db, userId, profileId, ability);
}

export async function getFollowsByWebsite(profileId: string) {
  return await followsByOrigin(db, profileId);
}

/** Every release of a page (and a label's releases for its roster), scheduled and unpublished ones included, with their tracks. */
export async function listPageReleases(profileId: string) {
  const rows = await db.select().from(releases).where(or(eq(releases.profileId, profileId), eq(releases.labelId, profileId))).orderBy(desc(releases.releaseAt)).limit(50);
  const others = [...new Set(rows.flatMap((r) => [r.profileId, r.labelId]).filter((id): id is string => !!id && id !== profileId))];
  const names = new Map(others.length ? (await db.select({ id: profiles.id, name: profiles.name }).from(profiles).where(inArray(profiles.id, others))).map((p) => [p.id, p.name]) : []);
  const labelled = rows.filter((r) => r.labelId);
  const active = new Set(
    labelled.length
      ? (await db.select({ l: labelRoster.labelId, a: labelRoster.artistId }).from(labelRoster).where(and(eq(labelRoster.status, "active"), or(eq(labelRoster.labelId, profileId), eq(labelRoster.artistId, profileId))))).map((r) => `${r.l}:${r.a}`)
      : [],
  );
  const ids = rows.map((r) => r.id);
  const trackRows = ids.length ? (await db.select().from(tracks).where(inArray(tracks.releaseId, ids)).orderBy(asc(tracks.position))) : [];
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    releaseAt: r.releaseAt,
    scheduled: r.releaseAt > now,
    published: r.status === "published",
    /** Who controls it: this page, or the label it came out on (then it is read-only here). */
    editable: controllingPage(r, active.has(`${r.labelId}:${r.profileId}`)) === profileId,
    artistName: r.profileId === profileId ? null : (names.get(r.profileId) ?? null),
    labelName: r.labelId && r.labelId !== profileId ? (names.get(r.labelId) ?? null) : null,
    tracks: trackRows.filter((t) => t.releaseId === r.id).map((t) => ({ id: t.id, title: t.title, playCount: t.playCount, embedFullPlays: t.embedFullPlays, durationMs: t.durationMs })),
  }));
}

export async function getAnnouncementPanel(profileId: string) {
  return { left: await announcementsLeft(db, profileId), perWeek: ANNOUNCEMENTS_PER_WEEK, history: await announcementStats(db, profileId) };
}

/** A release to edit in this page's Studio: only one this page controls. */
export async function getReleaseForEdit(releaseId: string, pageId: string) {
  if (!isId(releaseId)) return null;
  const release = (await db.select().from(releases).where(eq(releases.id, releaseId)).limit(1))[0];
  if (!release || (await releaseController(db, release)) !== pageId) return null;
  const list = await db.select().from(tracks).where(eq(tracks.releaseId, release.id)).orderBy(asc(tracks.position), asc(tracks.createdAt));
  const featured = await featuredOn(db, list.map((t) => t.id));
  const sounds = await audioErrorsIn(await soundsOfTracks(list.map((t) => t.id), 1));
  const audioOf = (id: string) => {
    const s = sounds.get(id);
    return { status: s?.status ?? ("ready" as const), progress: s?.progress ?? 100, error: s?.error ?? null };
  };
  return {
    id: release.id,
    title: release.title,
    kind: release.kind,
    description: release.description,
    copyright: release.copyright,
    upc: release.upc,
    releaseAt: release.releaseAt,
    published: release.status === "published",
    coverUrl: mediaUrl(release.coverId),
    genre: list[0]?.genre ?? "",
    tracks: list.map((t) => ({ id: t.id, title: t.title, explicit: t.explicit, previewOnly: !t.embedFullPlays, isrc: t.isrc ?? "", credits: t.credits, lyrics: t.lyrics, featured: (featured.get(t.id) ?? []).map((p) => `@${p.handle}`).join(" "), durationMs: t.durationMs, playCount: t.playCount, likeCount: t.likeCount, audioId: t.audioId, audio: audioOf(t.id) })),
  };
}
export type ReleaseForEdit = NonNullable<Awaited<ReturnType<typeof getReleaseForEdit>>>;

/** Other pages' tracks that feature this page. */
export async function getCreditsOf(profileId: string) {
  return await creditsOf(db, profileId);
}
