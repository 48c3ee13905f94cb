import type { ChorusDb } from "@/db/client";
import { hitRateLimit } from "@/lib/rate-limit";

/**
 * A page's weekly notification budget: announcing a show or a release notifies
 * followers, and so does an announcement (which also has its own weekly limit).
 * Past the budget the post still appears in followers' streams, but nobody's
 * bell rings, so a page cannot spam its fans around the announcement limit.
 */
export const NOTIFY_BUDGET = { limit: 7, windowMs: 7 * 86_400_000 };

/** Spends one notification from the page's budget; false when this week's is used up. */
export async function spendNotifyBudget(database: ChorusDb, pageId: string, now = new Date()): Promise<boolean> {
  return (await hitRateLimit(database, `notify-budget:${pageId}`, NOTIFY_BUDGET, now)).allowed;
}

export const BUDGET_SPENT = `This page has used its ${NOTIFY_BUDGET.limit} follower notifications for this week, so this one appears in their streams without a notification.`;
