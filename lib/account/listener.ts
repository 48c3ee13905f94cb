import { and, eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profiles } from "@/db/schema";

/** The id of an account's own listener profile (every account has exactly one), or null for an account already erased. */
export async function listenerProfileId(database: Pick<ChorusDb, "select">, userId: string): Promise<string | null> {
  return (await database.select({ id: profiles.id }).from(profiles).where(and(eq(profiles.ownerId, userId), eq(profiles.kind, "listener"))).limit(1))[0]?.id ?? null;
}
