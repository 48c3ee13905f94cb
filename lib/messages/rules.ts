import { and, eq, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { follows } from "@/db/schema";
import { blockedEitherWay } from "@/lib/profiles/blocks";

export type Reach = "direct" | "request" | "blocked";

/**
 * Who may message whom: people you follow and people who follow you are
 * reached directly; anyone else gets a request; a block either way stops it.
 */
export async function reachOf(database: Pick<ChorusDb, "select">, senderId: string, recipientId: string): Promise<Reach> {
  if (await blockedEitherWay(database, senderId, recipientId)) return "blocked";
  const related = (await database
    .select({ one: sql`1` })
    .from(follows)
    .where(or(and(eq(follows.followerId, senderId), eq(follows.followeeId, recipientId)), and(eq(follows.followerId, recipientId), eq(follows.followeeId, senderId)))).limit(1))[0];
  return related ? "direct" : "request";
}
