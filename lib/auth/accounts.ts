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

/** Creates the account and its personal listener profile in one transaction. */
export function createAccount(database: ChorusDb, input: NewAccount): CreateAccountResult {
  return database.transaction((tx) => {
    const email = input.email.trim().toLowerCase();
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      return { ok: false, field: "email", message: "An account with this email already exists. Sign in instead?" };
    }
    const handleProblem = handleUnavailable(tx as unknown as ChorusDb, input.handle, null);
    if (handleProblem) return { ok: false, field: "handle", message: handleProblem };
    const user = tx
      .insert(users)
      .values({ email, name: input.name, passwordHash: input.passwordHash, country: input.country, city: input.city ?? null })
      .returning({ id: users.id })
      .get();
    const profile = tx
      .insert(profiles)
      .values({ ownerId: user.id, kind: "listener", handle: input.handle, name: input.name, country: input.country, city: input.city ?? null })
      .returning({ id: profiles.id })
      .get();
    return { ok: true, userId: user.id, profileId: profile.id };
  }, { behavior: "immediate" });
}

export function joinWaitlist(database: ChorusDb, email: string, country: string): void {
  database.insert(waitlist).values({ email: email.toLowerCase(), country }).onConflictDoNothing().run();
}
