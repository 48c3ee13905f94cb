import { pagesWhere, type ManagedProfile, type Viewer } from "@/lib/auth/viewer-data";

/**
 * Who is writing: the account's own listener profile, or one of the pages it
 * manages (a page inbox). Null when `as` names a page this account does not run.
 */
export function messagingIdentity(viewer: Viewer, as: string | null | undefined): ManagedProfile | null {
  if (!as || as === viewer.profile.id) return viewer.profile;
  return pagesWhere(viewer, "message").find((page) => page.id === as) ?? null;
}

/** The `?as=` part of a Messages link for this identity ("" for the listener profile). */
export function asQuery(viewer: Viewer, profileId: string, joiner: "?" | "&" = "?"): string {
  return profileId === viewer.profile.id ? "" : `${joiner}as=${encodeURIComponent(profileId)}`;
}
