import { eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profiles, users, waitlist } from "@/db/schema";
import { handleUnavailable } from "@/lib/profiles/handle-history";

export type NewAccount = {
  email: string;
  passwordHash: string;
  name: string;
  handle: string;
  country: string;
  city?: string | null;
};

export type CreateAccountResult =
  | { ok: true; userId: string; profileId: string }
  | { ok: false; field: "email" | "handle"; message: string };

/**
 * Creates the account and its personal listener profile in one transaction. A taken email
 * answers with a key of the "errors" namespace (the sign-up form action translates it);
 * a handle problem comes translated already.
 */
export async function createAccount(database: ChorusDb, input: NewAccount): Promise<CreateAccountResult> {
  return await database.transaction(async (tx) => {
    const email = input.email.trim().toLowerCase();
    if ((await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1))[0]) {
      return { ok: false, field: "email", message: "auth.emailExists" };
    }
    const handleProblem = await handleUnavailable(tx, input.handle, null);
    if (handleProblem) return { ok: false, field: "handle", message: handleProblem };
    const user = (await tx
      .insert(users)
      .values({ email, name: input.name, passwordHash: input.passwordHash, country: input.country, city: input.city ?? null })
      .returning({ id: users.id }))[0];
    const profile = (await tx
      .insert(profiles)
      .values({ ownerId: user.id, kind: "listener", handle: input.handle, name: input.name, country: input.country, city: input.city ?? null })
      .returning({ id: profiles.id }))[0];
    return { ok: true, userId: user.id, profileId: profile.id };
  });
}

export async function joinWaitlist(database: ChorusDb, email: string, country: string): Promise<void> {
  await database.insert(waitlist).values({ email: email.toLowerCase(), country }).onConflictDoNothing();
}
