/** Handle rules shared by sign-up, Studio and the profile router. */

export const HANDLE_PATTERN = /^[A-Za-z0-9_]{3,30}$/;

/** Words that are, or may become, top-level routes. */
export const RESERVED_HANDLES = new Set([
  "about", "account", "admin", "api", "app", "artist", "artists", "auth", "blog", "cart", "checkout",
  "chorus", "concert", "concerts", "discover", "embed", "explore", "feed", "help", "home", "intent",
  "label", "labels", "legal", "login", "logout", "me", "merch", "messages", "notifications", "oembed",
  "orders", "privacy", "profile", "publication", "release", "releases", "root", "search", "settings",
  "signin", "signout", "signup", "static", "studio", "support", "system", "terms", "track", "tracks",
  "user", "users", "video", "videos", "waitlist", "widgets", "www", "_next",
]);

/**
 * What is wrong with a handle, or null: a key of the "errors" namespace and the
 * values its message names, ready for a custom zod issue
 * (`ctx.addIssue({ code: "custom", ...problem })`), which the mutation wrapper says
 * in the request's language.
 */
export function handleProblem(handle: string): { message: string; params?: { handle: string } } | null {
  if (handle.length < 3) return { message: "profiles.handleMin" };
  if (handle.length > 30) return { message: "profiles.handleMax" };
  if (!HANDLE_PATTERN.test(handle)) return { message: "profiles.handleCharacters" };
  if (RESERVED_HANDLES.has(handle.toLowerCase())) return { message: "profiles.handleReserved", params: { handle } };
  return null;
}
