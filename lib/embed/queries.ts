import "server-only";
import { and, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import { HANDLE_PATTERN } from "@/lib/profiles/handles";
import type { WidgetProfile } from "./follow-widget";

/** Just what a widget shows: public fields, live follower count. */
export async function getWidgetProfile(handle: string): Promise<WidgetProfile | null> {
  if (!HANDLE_PATTERN.test(handle)) return null;
  const p = (await db
    .select({ handle: profiles.handle, name: profiles.name, followerCount: profiles.followerCount, avatarId: profiles.avatarId, kind: profiles.kind })
    .from(profiles)
    .where(and(sql`lower(${profiles.handle}) = ${handle.toLowerCase()}`, isNull(profiles.deletedAt))).limit(1))[0];
  return p ? { handle: p.handle, name: p.name, followerCount: p.followerCount, avatarUrl: mediaUrl(p.avatarId), kind: p.kind } : null;
}
