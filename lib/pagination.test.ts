import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./pagination";

describe("cursors", () => {
  it("round-trips", () => {
    const c = { t: 1767225600000, id: "abcXYZ123" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });
  it("treats junk as no cursor", () => {
    expect(decodeCursor("%%%")).toBeNull();
    expect(decodeCursor(Buffer.from("12:bad id;drop").toString("base64url"))).toBeNull();
    expect(decodeCursor("x".repeat(200))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
  it("walks a list without duplicates or gaps, even when newer items arrive", () => {
    type Row = { t: number; id: string };
    let rows: Row[] = Array.from({ length: 23 }, (_, i) => ({ t: 1000 - Math.floor(i / 2), id: `id${String(i).padStart(2, "0")}` }));
    const sorted = () => [...rows].sort((a, b) => b.t - a.t || (a.id < b.id ? 1 : -1));
    const fetchAfter = (cursor: ReturnType<typeof decodeCursor>, limit: number) =>
      sorted()
        .filter((r) => !cursor || r.t < cursor.t || (r.t === cursor.t && r.id < cursor.id))
        .slice(0, limit + 1);
    const seen: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const { items, nextCursor }: { items: Row[]; nextCursor: string | null } = pageOf(fetchAfter(decodeCursor(cursor), 5), 5, (r: Row) => r);
      seen.push(...items.map((r) => r.id));
      cursor = nextCursor;
      // A new item arrives at the top between page loads.
      rows = [...rows, { t: 2000 + page, id: `new${page}` }];
      page++;
    } while (cursor);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });
});
