import "server-only";
import { db } from "@/db";
import { isId } from "@/lib/ids";
import { followsByOrigin } from "@/lib/follows/follow";
import { managedPage } from "./pages";

export function getManagedPage(userId: string, profileId: string) {
  if (!isId(profileId)) return null;
  return managedPage(db, userId, profileId);
}

export function getFollowsByWebsite(profileId: string) {
  return followsByOrigin(db, profileId);
}
