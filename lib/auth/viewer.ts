import "server-only";
import { cache } from "react";
import { db } from "@/db";
import { auth } from "./auth";
import { viewerForUser, type Viewer } from "./viewer-data";

export type { ManagedProfile, Viewer } from "./viewer-data";

/**
 * The signed-in account with its listener profile, or null (also when the session was
 * signed out everywhere, or the account is suspended). Cached per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? (await viewerForUser(db, userId, session.sessionVersion ?? 0)) : null;
});
