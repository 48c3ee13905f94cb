import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, isCurrentHash, passwordMatches } from "./password";
import { cancelDeletion } from "@/lib/account/deletion";
import { isSuspended } from "./standing";
import { clearSignInFailures, recordSignInFailure, signInWait } from "./throttle";

export { hashPassword } from "./password";

let dummyHash: Promise<string> | null = null;
// Compared against when the email is unknown so both paths take the same time.
const equaliser = () => (dummyHash ??= hashPassword("chorus-timing-equaliser"));

export type CredentialCheck =
  | { ok: true; user: { id: string; name: string | null; email: string; sessionVersion: number } }
  | { ok: false; retryAfterMs?: number; suspended?: boolean };

export async function verifyCredentials(email: string, password: string, ip: string | null): Promise<CredentialCheck> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password || password.length > 200) return { ok: false };
  const wait = await signInWait(db, normalized, ip);
  if (wait > 0) return { ok: false, retryAfterMs: wait };
  const user = (await db.select().from(users).where(eq(users.email, normalized)).limit(1))[0];
  const ok = await passwordMatches(password, user?.passwordHash ?? (await equaliser()));
  if (!user || !user.passwordHash || !ok) {
    await recordSignInFailure(db, normalized, ip);
    return { ok: false };
  }
  await clearSignInFailures(db, normalized, ip);
  // Only the right password learns that the account is suspended.
  if (isSuspended(user)) return { ok: false, suspended: true };
  // Signing in during the grace period keeps the account.
  if (user.deleteAfter) await cancelDeletion(db, user.id);
  if (!isCurrentHash(user.passwordHash)) {
    // Only over the hash just checked: a password changed meanwhile is never put back.
    await db.update(users).set({ passwordHash: await hashPassword(password) }).where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash)));
  }
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
