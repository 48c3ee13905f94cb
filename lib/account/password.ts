import { eq, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, passwordMatches } from "@/lib/auth/password";
import { isSuspended } from "@/lib/auth/standing";
import { issueEmailToken, revokeEmailTokens, spendEmailToken } from "./email-tokens";

/** Whether `password` is this account's current one. */
export async function checkPassword(database: ChorusDb, userId: string, password: string): Promise<boolean> {
  const user = (await database.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1))[0];
  return !!user?.hash && password.length <= 200 && (await passwordMatches(password, user.hash));
}

/** Every session signed in before now stops working (lib/auth/viewer-data.ts compares versions). */
export async function signOutEverywhere(database: Pick<ChorusDb, "update">, userId: string): Promise<void> {
  await database.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
  await revokeEmailTokens(database, userId);
}

/** A new password, and every other session signed out. */
export async function setPassword(database: ChorusDb, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await database.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
  await revokeEmailTokens(database, userId);
}

/** A reset link's token for the account with this email, or null when there is none (the caller says the same either way). */
export async function passwordResetFor(database: ChorusDb, email: string): Promise<{ token: string; email: string } | null> {
  const user = (await database
    .select({ id: users.id, email: users.email, erasedAt: users.erasedAt, bannedAt: users.bannedAt, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1))[0];
  if (!user || isSuspended(user)) return null;
  return { token: await issueEmailToken(database, user.id, "password_reset"), email: user.email };
}

/** Spends a reset token and sets the password; false when the link is spent, expired or unknown. */
export async function resetPassword(database: ChorusDb, token: string, password: string): Promise<{ ok: true; email: string } | { ok: false }> {
  const passwordHash = await hashPassword(password);
  return await database.transaction(async (tx) => {
    const spent = await spendEmailToken(tx, token, "password_reset");
    if (!spent) return { ok: false as const };
    const user = (await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, spent.userId))
      .returning({ email: users.email }))[0];
    if (!user) return { ok: false as const };
    await revokeEmailTokens(tx, spent.userId);
    return { ok: true as const, email: user.email };
  });
}
