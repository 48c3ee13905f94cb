/**
 * Keyset cursors: (time, id) of the last item seen. Stable while new items
 * arrive: pages never repeat or skip an item.
 */
export type Cursor = { t: number; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.t}:${cursor.id}`).toString("base64url");
}

/** Returns null for anything malformed (a bad query string is just "first page"). */
export function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw || raw.length > 100) return null;
  let text: string;
  try {
    text = Buffer.from(raw, "base64url").toString("utf8");
  } catch {
    return null;
  }
  const match = /^(\d{1,15}):([0-9A-Za-z_]{1,40})$/.exec(text);
  if (!match) return null;
  return { t: Number(match[1]), id: match[2] };
}

/** Splits a `limit + 1` fetch into a page and the cursor for the next one. */
export function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit && items.length ? encodeCursor(cursorOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
