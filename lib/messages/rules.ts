import { and, eq, or } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { follows, profiles } from "@/db/schema";
import { blockedEitherWay } from "@/lib/profiles/blocks";

/** "closed": the recipient takes messages from nobody, or only from people they follow. */
export type Reach = "direct" | "request" | "blocked" | "closed";

/**
 * Who may message whom: people you follow and people who follow you are
 * reached directly; anyone else gets a request; a block either way stops it.
 * The recipient's privacy setting narrows this: "following" lets in only the
 * people they follow, "nobody" nobody.
 */
export async function reachOf(database: Pick<ChorusDb, "select">, senderId: string, recipientId: string): Promise<Reach> {
  if (await blockedEitherWay(database, senderId, recipientId)) return "blocked";
  const policy = (await database.select({ policy: profiles.messagePolicy }).from(profiles).where(eq(profiles.id, recipientId)).limit(1))[0]?.policy ?? "everyone";
  if (policy === "nobody") return "closed";
  const edges = await database
    .select({ follower: follows.followerId })
    .from(follows)
    .where(or(and(eq(follows.followerId, senderId), eq(follows.followeeId, recipientId)), and(eq(follows.followerId, recipientId), eq(follows.followeeId, senderId))))
    .limit(2);
  const recipientFollowsSender = edges.some((e) => e.follower === recipientId);
  if (policy === "following") return recipientFollowsSender ? "direct" : "closed";
  return edges.length ? "direct" : "request";
}

/** What a sender is told when a recipient's setting keeps them out (a key of the "errors" namespace). */
export const CLOSED_MESSAGE = "messages.closed";
