/** C0 controls other than tab and newlines, and DEL: invisible, and they break documents (NUL) and calendars. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_MESSAGE = "Remove the invisible control characters from this text.";

export const hasNoControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/** Top-level fields whose text (anywhere inside) holds control characters; passwords may hold anything. */
export function fieldsWithControlCharacters(raw: unknown): string[] {
  if (!raw || typeof raw !== "object") return typeof raw === "string" && CONTROL_CHARACTERS.test(raw) ? ["form"] : [];
  const hit = (value: unknown): boolean => (typeof value === "string" ? CONTROL_CHARACTERS.test(value) : !!value && typeof value === "object" && Object.values(value).some(hit));
  return Object.entries(raw).filter(([key, value]) => !/password/i.test(key) && hit(value)).map(([key]) => key);
}
