import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { releases, tracks } from "@/db/schema";
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

/** Every release of a page, scheduled ones included, with their tracks. */
export async function listPageReleases(profileId: string) {
  const rows = await db.select().from(releases).where(eq(releases.profileId, profileId)).orderBy(desc(releases.releaseAt)).limit(50);
  const ids = rows.map((r) => r.id);
  const trackRows = ids.length ? (await db.select().from(tracks).where(inArray(tracks.releaseId, ids)).orderBy(asc(tracks.position))) : [];
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    releaseAt: r.releaseAt,
    scheduled: r.releaseAt > now,
    tracks: trackRows.filter((t) => t.releaseId === r.id).map((t) => ({ id: t.id, title: t.title, playCount: t.playCount, embedFullPlays: t.embedFullPlays, durationMs: t.durationMs })),
  }));
}

export async function getAnnouncementPanel(profileId: string) {
  return { left: await announcementsLeft(db, profileId), perWeek: ANNOUNCEMENTS_PER_WEEK, history: await announcementStats(db, profileId) };
}
