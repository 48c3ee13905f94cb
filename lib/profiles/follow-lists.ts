import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { followerApprovals, follows, profiles } from "@/db/schema";
import { decodeCursor, pageOf } from "@/lib/pagination";
import { toProfileCard, type ProfileCard } from "./dto";

export type FollowListPage = { hidden: boolean; items: (ProfileCard & { followedAt: Date })[]; nextCursor: string | null };

/**
 * A profile's followers or following, newest first, as `viewerId` may see it. A
 * profile that hides its follows shows its lists to itself only, and never
 * appears in anyone else's lists either (so whom it follows cannot be pieced together).
 * A private profile's lists are for itself and the followers it approved; it is
 * left out of other profiles' lists the same way.
 */
export async function followList(
  database: Pick<ChorusDb, "select">,
  profileId: string,
  direction: "followers" | "following",
  { cursor: cursorRaw = null, limit = 20, viewerId = null }: { cursor?: string | null; limit?: number; viewerId?: string | null } = {},
): Promise<FollowListPage> {
  if (viewerId !== profileId) {
    const owner = (await database.select({ hide: profiles.hideFollows, isPrivate: profiles.isPrivate }).from(profiles).where(eq(profiles.id, profileId)).limit(1))[0];
    if (owner?.hide) return { hidden: true, items: [], nextCursor: null };
    const approved = owner?.isPrivate && viewerId ? !!(await database.select({ one: sql`1` }).from(followerApprovals).where(and(eq(followerApprovals.profileId, profileId), eq(followerApprovals.followerId, viewerId))).limit(1))[0] : false;
    if (owner?.isPrivate && !approved) return { hidden: true, items: [], nextCursor: null };
  }
  const cursor = decodeCursor(cursorRaw);
  const self = direction === "followers" ? follows.followeeId : follows.followerId;
  const other = direction === "followers" ? follows.followerId : follows.followeeId;
  const rows = await database
    .select({ p: profiles, at: follows.createdAt, otherId: other })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, other))
    .where(
      and(
        eq(self, profileId),
        viewerId ? or(and(eq(profiles.hideFollows, false), eq(profiles.isPrivate, false)), eq(profiles.id, viewerId)) : and(eq(profiles.hideFollows, false), eq(profiles.isPrivate, false)),
        cursor ? or(lt(follows.createdAt, new Date(cursor.t)), and(eq(follows.createdAt, new Date(cursor.t)), lt(other, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(follows.createdAt), desc(other))
    .limit(limit + 1);
  const page = pageOf(rows, limit, (r) => ({ t: r.at.getTime(), id: r.otherId }));
  return { hidden: false, items: page.items.map((r) => ({ ...toProfileCard(r.p), followedAt: r.at })), nextCursor: page.nextCursor };
}

