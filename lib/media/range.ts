/** HTTP Range header parsing for byte ranges (RFC 9110 §14). */

export type RangeResult = { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

type Spec = { start: number; end: number | null } | { suffix: number };

/** One range-spec: "first-last", "first-" or "-suffix" (§14.1.1); null when malformed. */
function parseSpec(text: string): Spec | null {
  const m = /^(\d*)-(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") return { suffix: Number(m[2]) };
  const start = Number(m[1]);
  const end = m[2] === "" ? null : Number(m[2]);
  // "A range-spec is invalid if the last-pos value is present and less than the first-pos."
  if (end !== null && end < start) return null;
  return { start, end };
}

/** The bytes one valid spec selects from a representation of `size` bytes, or null when it selects none. */
function resolve(spec: Spec, size: number): { start: number; end: number } | null {
  if ("suffix" in spec) return spec.suffix === 0 ? null : { start: Math.max(0, size - spec.suffix), end: size - 1 };
  if (spec.start >= size) return null;
  return { start: spec.start, end: spec.end === null ? size - 1 : Math.min(spec.end, size - 1) };
}

/**
 * What to answer for a Range header on a representation of `size` bytes:
 * - no header, another unit, or a header that does not parse: ignore it (§14.2), 200 with the whole file;
 * - a valid bytes range-set that selects nothing: 416;
 * - one satisfiable range: 206 with it; several: the whole file, which §14.2 allows.
 */
export function parseRange(header: string | null, size: number): RangeResult {
  if (!header) return { kind: "full" };
  const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)=(.*)$/.exec(header.trim());
  // Range units are case-insensitive; "bytes" is the only one served here.
  if (!m || m[1].toLowerCase() !== "bytes") return { kind: "full" };
  const specs = m[2].split(",").map((part) => part.trim());
  // The list syntax (§5.6.1) allows empty elements, but at least one must be a range.
  const nonEmpty = specs.filter((part) => part !== "");
  if (nonEmpty.length === 0 || nonEmpty.length > 100) return { kind: "full" };
  const parsed = nonEmpty.map(parseSpec);
  if (parsed.some((spec) => spec === null)) return { kind: "full" };
  // An empty file has no byte to send; "the last N bytes" of it is simply all of it (§14.1.3).
  if (size === 0) return (parsed as Spec[]).some((spec) => "suffix" in spec && spec.suffix > 0) ? { kind: "full" } : { kind: "unsatisfiable" };
  const satisfiable = (parsed as Spec[]).map((spec) => resolve(spec, size)).filter((r) => r !== null);
  if (satisfiable.length === 0) return { kind: "unsatisfiable" };
  if (nonEmpty.length > 1) return { kind: "full" };
  return { kind: "partial", ...satisfiable[0] };
}
