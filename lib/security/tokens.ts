import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { lt } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { usedTokens } from "@/db/schema";

/** A key for one purpose, derived from AUTH_SECRET so purposes never share a key. */
export function derivedKey(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set (npm start and npm test generate one).");
  return createHmac("sha256", secret).update(`chorus:${purpose}`).digest();
}

type Payload = Record<string, unknown> & { n: string; e: number };

/** A signed, expiring token: base64url(JSON).base64url(HMAC). Not secret, but unforgeable. */
export function signToken(purpose: string, claims: Record<string, unknown>, ttlMs: number, now = Date.now()): string {
  const payload: Payload = { ...claims, n: randomBytes(12).toString("base64url"), e: now + ttlMs };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const mac = createHmac("sha256", derivedKey(purpose)).update(body).digest("base64url");
  return `${body}.${mac}`;
}

/** The claims of a valid, unexpired token for this purpose; null for anything else. */
export function readToken(purpose: string, token: unknown, now = Date.now()): Payload | null {
  if (typeof token !== "string" || token.length > 2000) return null;
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return null;
  const expected = createHmac("sha256", derivedKey(purpose)).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
    if (typeof payload.n !== "string" || typeof payload.e !== "number" || payload.e < now) return null;
    return payload;
  } catch {
    return null;
  }
}

/** Records a token's nonce as spent; false when it was spent before (a replay). */
export async function spendToken(database: ChorusDb, payload: Payload, now = new Date()): Promise<boolean> {
  await database.delete(usedTokens).where(lt(usedTokens.expiresAt, now));
  const inserted = await database.insert(usedTokens).values({ nonce: payload.n, expiresAt: new Date(payload.e) }).onConflictDoNothing().returning({ nonce: usedTokens.nonce });
  return inserted.length === 1;
}
