import "server-only";
import { notFound, redirect } from "next/navigation";
import { decodeOrNull } from "@/lib/url";
import { HANDLE_PATTERN } from "./handles";
import { currentHandleFor, getProfileByHandle, type ProfilePage } from "./queries";

export type HandleResolution = { kind: "found"; profile: ProfilePage } | { kind: "renamed"; handle: string } | { kind: "missing" };

/** The handle a URL segment names, or null for malformed percent-encoding or characters no handle has. */
export function handleFromSegment(segment: string): string | null {
  const handle = decodeOrNull(segment);
  return handle !== null && HANDLE_PATTERN.test(handle) ? handle : null;
}

/** A handle from a URL segment: malformed percent-encoding or characters are simply "missing". */
export async function resolveHandle(segment: string): Promise<HandleResolution> {
  const handle = handleFromSegment(segment);
  if (handle === null) return { kind: "missing" };
  const profile = await getProfileByHandle(handle);
  if (profile) return { kind: "found", profile };
  const renamed = await currentHandleFor(handle);
  return renamed ? { kind: "renamed", handle: renamed } : { kind: "missing" };
}

/** For pages under /@handle: the profile, a redirect to its new handle, or 404. */
export async function profileForPage(segment: string, suffix = ""): Promise<ProfilePage> {
  const found = await resolveHandle(segment);
  if (found.kind === "renamed") redirect(`/@${found.handle}${suffix}`);
  if (found.kind === "missing") notFound();
  return found.profile;
}
