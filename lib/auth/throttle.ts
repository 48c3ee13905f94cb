import { and, count, eq, gte, min } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { rateEvents } from "@/db/schema";
import { ipKey } from "@/lib/security/ip-key";

/**
 * Sign-in throttling, counting failures only, checked in Auth.js's `authorize`
 * so every credentials path (our form and POST /api/auth/callback/credentials)
 * goes through it:
 * - tight per (account, address): one guesser at one account;
 * - looser per account: many addresses at one account;
 * - per address across accounts: password spraying.
 * A success clears the (account, address) counter, so the owner is never
 * locked out by their own successful sign-ins.
 */
const MINUTE = 60_000;
export const SIGNIN_RULES = {
  accountAddress: { limit: 5, windowMs: 15 * MINUTE },
  account: { limit: 30, windowMs: 60 * MINUTE },
  address: { limit: 50, windowMs: 60 * MINUTE },
} as const;

type Rule = keyof typeof SIGNIN_RULES;

function keys(email: string, ip: string | null): Record<Rule, string> {
  const address = ipKey(ip ?? "unknown", "signin");
  const account = email.trim().toLowerCase();
  return { accountAddress: `signin-fail:aa:${account}:${address}`, account: `signin-fail:a:${account}`, address: `signin-fail:ip:${address}` };
}

/** Milliseconds until a sign-in may be tried again; 0 when it may now. */
export async function signInWait(database: ChorusDb, email: string, ip: string | null, now = new Date()): Promise<number> {
  let wait = 0;
  for (const [rule, key] of Object.entries(keys(email, ip)) as [Rule, string][]) {
    const { limit, windowMs } = SIGNIN_RULES[rule];
    const since = new Date(now.getTime() - windowMs);
    const row = (await database
      .select({ n: count(), oldest: min(rateEvents.at) })
      .from(rateEvents)
      .where(and(eq(rateEvents.key, key), gte(rateEvents.at, since))).limit(1))[0];
    if (row && row.n >= limit && row.oldest) wait = Math.max(wait, row.oldest.getTime() + windowMs - now.getTime());
  }
  return wait;
}

export async function recordSignInFailure(database: ChorusDb, email: string, ip: string | null, now = new Date()): Promise<void> {
  const all = Object.values(keys(email, ip));
  await database.insert(rateEvents).values(all.map((key) => ({ key, at: now })));
}

export async function clearSignInFailures(database: ChorusDb, email: string, ip: string | null): Promise<void> {
  await database.delete(rateEvents).where(eq(rateEvents.key, keys(email, ip).accountAddress));
}
