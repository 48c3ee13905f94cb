import "server-only";
import { cookies } from "next/headers";
import type { ChorusDb } from "@/db/client";
import { normalizeOrigin } from "@/lib/embed/origin";
import { readToken, signToken, spendToken } from "@/lib/security/tokens";
import { siteOrigin } from "@/lib/site";

/**
 * A follow that a person started with a click but could not finish because they
 * were signed out. The click (a POST from a Chorus page) puts a short-lived,
 * single-use token in a first-party cookie; after sign-in or sign-up the page
 * that asked finds it and completes that one follow. A link alone can never
 * follow: without the cookie there is nothing to complete. The embedding site
 * (origin) is attributed only from this token or the popup's own token.
 */
const PURPOSE = "follow-intent";
const COOKIE = "chorus_follow_intent";
const TTL_MS = 15 * 60_000;

export type FollowIntent = { profileId: string; origin: string | null; source: "app" | "embed" };

/** Minted by a page render for its own click (the popup); bound to the profile and the origin. */
export function mintIntentToken(intent: FollowIntent): string {
  return signToken(PURPOSE, { p: intent.profileId, o: normalizeOrigin(intent.origin), s: intent.source }, TTL_MS);
}

function decode(token: unknown): (FollowIntent & { raw: ReturnType<typeof readToken> }) | null {
  const payload = readToken(PURPOSE, token);
  if (!payload || typeof payload.p !== "string") return null;
  const source = payload.s === "embed" ? "embed" : "app";
  return { profileId: payload.p, origin: typeof payload.o === "string" ? normalizeOrigin(payload.o) : null, source, raw: payload };
}

/** Keeps the intent in this browser through sign-in (called from the click's action). */
export async function holdIntent(token: string): Promise<boolean> {
  if (!decode(token)) return false;
  (await cookies()).set(COOKIE, token, { httpOnly: true, sameSite: "lax", secure: siteOrigin().startsWith("https:"), path: "/", maxAge: TTL_MS / 1000 });
  return true;
}

/** For a page render: is a follow of this profile waiting in this browser? Reads only. */
export async function pendingIntentFor(profileId: string): Promise<boolean> {
  const intent = decode((await cookies()).get(COOKIE)?.value);
  return intent?.profileId === profileId;
}

/**
 * Spends the intent for this profile: from the token the click carried, else
 * from the cookie sign-in carried. Null when there is none, it is for another
 * profile, expired, or already spent.
 */
export async function spendIntent(database: ChorusDb, profileId: string, token?: string | null): Promise<FollowIntent | null> {
  const jar = await cookies();
  const fromCookie = !token;
  const intent = decode(token ?? jar.get(COOKIE)?.value);
  if (!intent || intent.profileId !== profileId || !intent.raw) return null;
  if (fromCookie) jar.delete(COOKIE);
  if (!(await spendToken(database, intent.raw))) return null;
  return { profileId: intent.profileId, origin: intent.origin, source: intent.source };
}
