import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db } from "@/db";
import { auth } from "./auth";
import { sessionClaims, sessionCookieName } from "./session-token";
import { viewerForUser, type Viewer } from "./viewer-data";

export type { ManagedProfile, Viewer } from "./viewer-data";

/**
 * The signed-in account with its listener profile, or null (also when the session was
 * signed out everywhere, or the account is suspended). Cached per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // The cookie read directly when it is a valid one of ours (lib/auth/session-token.ts); Auth.js otherwise.
  const jar = await cookies();
  const claims = await sessionClaims(
    sessionCookieName((await headers()).get("x-forwarded-proto")),
    (name) => jar.get(name)?.value,
    (prefix) => jar.getAll().some((c) => c.name.startsWith(prefix)),
  );
  if (claims === null) return null;
  if (claims) return viewerForUser(db, claims.userId, claims.sessionVersion);
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? (await viewerForUser(db, userId, session.sessionVersion ?? 0)) : null;
});
