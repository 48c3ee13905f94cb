/** C0 controls other than tab and newlines, and DEL: invisible, and they break documents (NUL) and calendars. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/**
 * Line breaks as one "\n" everywhere: browsers send CRLF from text areas, and
 * HTML turns CRLF into LF, so stored CRLF would differ from what a page shows.
 */
export function normalizeNewlines<T>(raw: T): T {
  if (typeof raw === "string") return raw.replace(/\r\n?/g, "\n") as T;
  if (Array.isArray(raw)) return raw.map(normalizeNewlines) as T;
  if (raw && typeof raw === "object" && Object.getPrototypeOf(raw) === Object.prototype) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, normalizeNewlines(v)])) as T;
  return raw;
}

/** Top-level fields whose text (anywhere inside) holds control characters; passwords may hold anything. */
export function fieldsWithControlCharacters(raw: unknown): string[] {
  if (!raw || typeof raw !== "object") return typeof raw === "string" && CONTROL_CHARACTERS.test(raw) ? ["form"] : [];
  const hit = (value: unknown): boolean => (typeof value === "string" ? CONTROL_CHARACTERS.test(value) : !!value && typeof value === "object" && Object.values(value).some(hit));
  return Object.entries(raw).filter(([key, value]) => !/password/i.test(key) && hit(value)).map(([key]) => key);
}

/** At most `max` characters (code points, so never half an emoji), with "…" when cut. */
export function truncateText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
