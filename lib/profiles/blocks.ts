import { and, eq, or, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { blocks } from "@/db/schema";

/** Whether either profile blocked the other (messages, comments, mentions and invitations all stop at a block). */
export async function blockedEitherWay(database: Pick<ChorusDb, "select">, a: string, b: string): Promise<boolean> {
  return !!(await database
    .select({ one: sql`1` })
    .from(blocks)
    .where(or(and(eq(blocks.blockerId, a), eq(blocks.blockedId, b)), and(eq(blocks.blockerId, b), eq(blocks.blockedId, a))))
    .limit(1))[0];
}
