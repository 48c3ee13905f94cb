import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { emailTokens } from "@/db/schema";
import type { EmailTokenPurpose } from "@/db/schema/enums";

/** How long an emailed link works. */
export const TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = { password_reset: 30 * 60_000, email_change: 24 * 3_600_000 };

const hashOf = (raw: string) => createHash("sha256").update(raw).digest("hex");

/**
 * A fresh single-use link token (the raw value goes only into the email; the table
 * keeps its hash). Earlier unused tokens of the same purpose stop working.
 */
export async function issueEmailToken(database: ChorusDb, userId: string, purpose: EmailTokenPurpose, newEmail: string | null = null, now = new Date()): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  await database.transaction(async (tx) => {
    await tx.update(emailTokens).set({ usedAt: now }).where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
    await tx.insert(emailTokens).values({ userId, purpose, tokenHash: hashOf(raw), newEmail, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]), createdAt: now });
  });
  return raw;
}

/** A token that would still work, without spending it (the page behind the link shows a form first). */
export async function peekEmailToken(database: ChorusDb, raw: unknown, purpose: EmailTokenPurpose, now = new Date()) {
  if (typeof raw !== "string" || raw.length < 20 || raw.length > 100) return null;
  return (await database
    .select({ userId: emailTokens.userId, newEmail: emailTokens.newEmail })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hashOf(raw)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
    .limit(1))[0] ?? null;
}

/** Spends a token: one conditional update, so two clicks cannot both use it. Null when it is unknown, spent or expired. */
export async function spendEmailToken(database: Pick<ChorusDb, "update">, raw: unknown, purpose: EmailTokenPurpose, now = new Date()) {
  if (typeof raw !== "string" || raw.length < 20 || raw.length > 100) return null;
  return (await database
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.tokenHash, hashOf(raw)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
    .returning({ userId: emailTokens.userId, newEmail: emailTokens.newEmail }))[0] ?? null;
}

/**
 * Every unused link of an account stops working: after a password change or reset, "sign out
 * everywhere", an email change, a deletion request or a suspension (a link an intruder kept must not outlive them).
 */
export async function revokeEmailTokens(database: Pick<ChorusDb, "update">, userId: string, now = new Date()): Promise<void> {
  await database.update(emailTokens).set({ usedAt: now }).where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt)));
}
