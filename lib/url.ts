/**
 * decodeURIComponent for anything from a URL (route params, paths, pasted links):
 * malformed percent-encoding ("%", "%E0%A4%A", "%ZZ") is null, not an exception,
 * so callers answer 404 instead of failing with a 500.
 */
export function decodeOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
