import { isId } from "@/lib/ids";
import type { CommentTarget } from "./comments";

/** ?track=ID or ?release=ID, or null. */
export function targetFromSearch(search: URLSearchParams): CommentTarget | null {
  const track = search.get("track");
  const release = search.get("release");
  if (track && isId(track)) return { type: "track", id: track };
  if (release && isId(release)) return { type: "release", id: release };
  return null;
}
