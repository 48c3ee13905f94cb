import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { releases, tracks } from "@/db/schema";
import { isId } from "@/lib/ids";
import { followsByOrigin } from "@/lib/follows/follow";
import { ANNOUNCEMENTS_PER_WEEK, announcementStats, announcementsLeft } from "@/lib/feed/announcements";
import { managedPage } from "./pages";

export function getManagedPage(userId: string, profileId: string) {
  if (!isId(profileId)) return null;
  return managedPage(db, userId, profileId);
}

export function getFollowsByWebsite(profileId: string) {
  return followsByOrigin(db, profileId);
}

/** Every release of a page, scheduled ones included, with their tracks. */
export function listPageReleases(profileId: string) {
  const rows = db.select().from(releases).where(eq(releases.profileId, profileId)).orderBy(desc(releases.releaseAt)).limit(50).all();
  const ids = rows.map((r) => r.id);
  const trackRows = ids.length ? db.select().from(tracks).where(inArray(tracks.releaseId, ids)).orderBy(asc(tracks.position)).all() : [];
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

export function getAnnouncementPanel(profileId: string) {
  return { left: announcementsLeft(db, profileId), perWeek: ANNOUNCEMENTS_PER_WEEK, history: announcementStats(db, profileId) };
}
