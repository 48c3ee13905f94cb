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

export function handleProblem(handle: string): string | null {
  if (handle.length < 3) return "Handle must be at least 3 characters.";
  if (handle.length > 30) return "Handle must be at most 30 characters.";
  if (!HANDLE_PATTERN.test(handle)) return "Handle may use only letters, digits and underscores.";
  if (RESERVED_HANDLES.has(handle.toLowerCase())) return `"${handle}" is reserved. Please pick another handle.`;
  return null;
}
