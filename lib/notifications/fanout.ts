import { sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { newId } from "@/lib/ids";
import { sqlBool, sqlTime } from "@/db/sql";

/**
 * One INSERT … SELECT that notifies every follower whose level lets this
 * through: "all" always, "highlights" only for highlights, "off" never.
 * `at` may be in the future (a scheduled release): reads hide it until then.
 * Returns how many followers it reached.
 */
export async function notifyFollowers(
  database: ChorusDb,
  input: { actorId: string; type: "release" | "announcement" | "concert_near_you"; objectType: string; objectId: string; text: string; highlight: boolean; at: Date },
): Promise<number> {
  const result = await database.run(sql`
    INSERT INTO notifications (id, recipient_id, type, actor_id, object_type, object_id, text, created_at)
    SELECT ${newId()} || '-' || f.follower_id, f.follower_id, ${input.type}, ${input.actorId}, ${input.objectType}, ${input.objectId}, ${input.text}, ${sqlTime(input.at)}
    FROM follows f
    WHERE f.followee_id = ${input.actorId}
      AND (f.notify_level = 'all' OR (f.notify_level = 'highlights' AND ${sqlBool(input.highlight)}))`);
  return result.changes;
}

/** Notifications older than 90 days are removed. */
export async function pruneNotifications(database: ChorusDb, now = new Date()): Promise<number> {
  return (await database.run(sql`DELETE FROM notifications WHERE created_at < ${sqlTime(new Date(now.getTime() - 90 * 86_400_000))}`)).changes;
}
