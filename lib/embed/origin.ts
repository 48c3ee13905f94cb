/** A web origin ("https://blog.example") from untrusted input, or null. */
export function normalizeOrigin(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 300) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}
