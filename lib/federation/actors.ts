import "./node-compat";
import { exportJwk, generateCryptoKeyPair, importJwk } from "@fedify/fedify";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { actorKeys, profiles } from "@/db/schema";
import { sqlTime } from "@/db/sql";
import { FEDERATION_KEY_KINDS } from "@/db/schema/enums";

export type FederatedProfile = typeof profiles.$inferSelect;

/**
 * A profile that is an ActivityPub actor: live, public (a private listener's
 * page never leaves this server), not opted out, and its account in good
 * standing. Everything federation shows or sends goes through this.
 */
export const federatable = (now = new Date()) =>
  and(
    isNull(profiles.deletedAt),
    eq(profiles.isPrivate, false),
    eq(profiles.federate, true),
    sql`EXISTS (SELECT 1 FROM users u WHERE u.id = ${profiles.ownerId} AND u.banned_at IS NULL AND (u.suspended_until IS NULL OR u.suspended_until <= ${sqlTime(now)}))`,
  );

export async function federatedProfile(db: ChorusDb, id: string): Promise<FederatedProfile | null> {
  return (await db.select().from(profiles).where(and(eq(profiles.id, id), federatable())).limit(1))[0] ?? null;
}

export async function federatedProfileByHandle(db: ChorusDb, handle: string): Promise<FederatedProfile | null> {
  return (await db.select().from(profiles).where(and(sql`lower(${profiles.handle}) = ${handle.toLowerCase()}`, federatable())).limit(1))[0] ?? null;
}

/** The actor's key pairs, made and stored on first use (a concurrent first use keeps whichever was stored first). */
export async function actorKeyPairs(db: ChorusDb, profileId: string): Promise<CryptoKeyPair[]> {
  const rows = await db.select().from(actorKeys).where(eq(actorKeys.profileId, profileId));
  const pairs: CryptoKeyPair[] = [];
  for (const kind of FEDERATION_KEY_KINDS) {
    let row = rows.find((r) => r.kind === kind);
    if (!row) {
      const pair = await generateCryptoKeyPair(kind);
      await db.insert(actorKeys).values({ profileId, kind, publicJwk: JSON.stringify(await exportJwk(pair.publicKey)), privateJwk: JSON.stringify(await exportJwk(pair.privateKey)) }).onConflictDoNothing();
      row = (await db.select().from(actorKeys).where(and(eq(actorKeys.profileId, profileId), eq(actorKeys.kind, kind))).limit(1))[0]!;
    }
    pairs.push({ publicKey: await importJwk(JSON.parse(row.publicJwk), "public"), privateKey: await importJwk(JSON.parse(row.privateJwk), "private") });
  }
  return pairs;
}
