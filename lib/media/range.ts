/** HTTP Range header parsing for single byte ranges (RFC 9110 §14). */

export type RangeResult = { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

export function parseRange(header: string | null, size: number): RangeResult {
  if (!header) return { kind: "full" };
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
  // Multiple ranges or other units: serving the whole file is allowed.
  if (!match) return header.trim().startsWith("bytes=") && header.includes(",") ? { kind: "full" } : { kind: "unsatisfiable" };
  const [, startText, endText] = match;
  if (startText === "" && endText === "") return { kind: "unsatisfiable" };
  if (size === 0) return { kind: "unsatisfiable" };
  if (startText === "") {
    // Suffix range: the last N bytes.
    const suffix = Number(endText);
    if (suffix === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(startText);
  const end = endText === "" ? size - 1 : Math.min(Number(endText), size - 1);
  if (start >= size || end < start) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}
