import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

/**
 * Cached public pages (app/(cached): profile, track, release and concert pages
 * as signed-out visitors see them) carry a tag per profile whose content they
 * show, and profile pages one for the handle they were asked for (so a page
 * that did not exist yet, cached as "not found", goes when the handle is
 * taken). A mutation that changes what such pages show marks them stale
 * (lib/mutations/guard.ts: `changes`, and the page of every page-scoped
 * action). The next visit gets the stale copy while the page renders again in
 * the background; the visit after sees the change, within a second or two.
 * Pages render again at least every CACHED_PAGE_SECONDS (60 s) anyway, which
 * also bounds how far another app instance (its page cache is its own) lags.
 */
export const profileTag = (profileId: string) => `profile:${profileId}`;
export const handleTag = (handle: string) => `handle:${handle.toLowerCase()}`;

/** Tags the cached page being rendered. */
export async function tagCachedPage(tags: string[]): Promise<void> {
  const sorted = [...new Set(tags)].sort();
  await unstable_cache(async () => true, ["cached-page-tags", ...sorted], { tags: sorted })();
}

/** Tags the cached page being rendered with the profiles it shows. */
export async function showsProfiles(profileIds: string[]): Promise<void> {
  await tagCachedPage(profileIds.map(profileTag));
}

/**
 * Tells the server's short hold of answers just sent (scripts/cached-response.mjs,
 * createPageHold) that cached pages changed, so none is sent again as fresh. Set by
 * scripts/server.mjs in this same process; absent in tests and `next dev`.
 */
function pagesChanged(options: { now: boolean }): void {
  (globalThis as { __chorusPagesChanged?: (options: { now: boolean }) => void }).__chorusPagesChanged?.(options);
}

/** `now`: a creator's own edit (a rename, a new cover, a deletion) expires the pages at once instead of serving one stale copy. */
export type PublicChange = { profiles?: (string | null | undefined)[]; handles?: (string | null | undefined)[]; now?: boolean };

/** Marks every cached page showing these profiles (or asked for by these handles) stale, or expired with `now`. */
export function publicPagesChanged({ profiles = [], handles = [], now = false }: PublicChange): void {
  const tags = new Set([...profiles.filter((id): id is string => !!id).map(profileTag), ...handles.filter((h): h is string => !!h).map(handleTag)]);
  for (const tag of tags) revalidateTag(tag, now ? { expire: 0 } : "max");
  if (tags.size) pagesChanged({ now });
}

const countersMoved = new Map<string, number>();

/**
 * For counters that move all the time (plays): marks a profile's cached pages
 * stale at most once every `everyMs` on this instance, so a busy track does
 * not render its pages again on every listen. Such counts lag by up to
 * `everyMs` (or the 60 s every cached page is rendered again at most).
 */
export function profileCountersMoved(profileId: string, everyMs = 10_000, now = Date.now()): boolean {
  if (now - (countersMoved.get(profileId) ?? -Infinity) < everyMs) return false;
  if (countersMoved.size > 10_000) countersMoved.clear();
  countersMoved.set(profileId, now);
  // Counts alone do not stop the server's one-second hold of pages just sent (they lag by that much more).
  revalidateTag(profileTag(profileId), "max");
  return true;
}
