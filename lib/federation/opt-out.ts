import { eq } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profiles, remoteFollowers, remoteFollows } from "@/db/schema";

/**
 * "Don't federate my page": the profile stops being an ActivityPub actor, and
 * its followers and follows on other servers are dropped here, so nothing more
 * of it leaves this server. Turning it back on starts from no remote followers.
 */
export async function setFederates(db: ChorusDb, profileId: string, federate: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(profiles).set({ federate }).where(eq(profiles.id, profileId));
    if (!federate) await dropRemoteAudience(tx, profileId);
  });
}

/** Forgets a profile's followers and follows on other servers (opted out, or made private). */
export async function dropRemoteAudience(db: ChorusDb, profileId: string): Promise<void> {
  await db.delete(remoteFollowers).where(eq(remoteFollowers.profileId, profileId));
  await db.delete(remoteFollows).where(eq(remoteFollows.profileId, profileId));
}
