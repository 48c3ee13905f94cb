import { and, eq, isNull, lte, or } from "drizzle-orm";
import { releases, tracks } from "@/db/schema";

/** A track is public when it is published and so is its release (if any), both past their dates. Needs `releases` left-joined. */
export const trackIsPublic = (now: Date) =>
  and(eq(tracks.status, "published"), lte(tracks.publishedAt, now), or(isNull(tracks.releaseId), and(eq(releases.status, "published"), lte(releases.releaseAt, now))));
