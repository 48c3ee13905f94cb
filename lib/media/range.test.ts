import { describe, expect, it } from "vitest";
import { parseRange } from "./range";

describe("parseRange (RFC 9110 §14)", () => {
  it("serves the full file without a header", () => {
    expect(parseRange(null, 100)).toEqual({ kind: "full" });
    expect(parseRange("", 100)).toEqual({ kind: "full" });
  });

  it("parses closed, open and suffix ranges", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual({ kind: "partial", start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ kind: "partial", start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ kind: "partial", start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ kind: "partial", start: 50, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ kind: "partial", start: 0, end: 99 });
    expect(parseRange("bytes=99-99", 100)).toEqual({ kind: "partial", start: 99, end: 99 });
  });

  it("compares the unit case-insensitively", () => {
    expect(parseRange("Bytes=0-9", 100)).toEqual({ kind: "partial", start: 0, end: 9 });
    expect(parseRange("BYTES=-1", 100)).toEqual({ kind: "partial", start: 99, end: 99 });
  });

  it("ignores other units: the whole file, not a 416", () => {
    expect(parseRange("items=0-1", 100)).toEqual({ kind: "full" });
    expect(parseRange("pages=1-2", 100)).toEqual({ kind: "full" });
    expect(parseRange("bytesx=0-1", 100)).toEqual({ kind: "full" });
  });

  it("ignores headers that do not parse: the whole file, not a 416", () => {
    for (const header of ["bytes=abc", "bytes=-", "bytes=", "bytes", "=0-1", "bytes=0-1-2", "bytes=1.5-2", "bytes=0x10-", "bytes=20-10", "bytes=0-1,abc", "bytes=,", "garbage"]) {
      expect(parseRange(header, 100), header).toEqual({ kind: "full" });
    }
  });

  it("answers 416 only for a valid bytes range that selects nothing", () => {
    expect(parseRange("bytes=100-", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=100-200", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=200-300, 400-", 100)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange(`bytes=${"9".repeat(400)}-`, 100)).toEqual({ kind: "unsatisfiable" });
  });

  it("serves an empty file whole for a suffix range", () => {
    expect(parseRange("bytes=-10", 0)).toEqual({ kind: "full" });
  });

  it("answers multi-range requests with the whole file", () => {
    expect(parseRange("bytes=0-1,5-6", 100)).toEqual({ kind: "full" });
    expect(parseRange("bytes=0-1, 500-600", 100)).toEqual({ kind: "full" });
  });

  it("accepts list whitespace and empty list elements around a single range", () => {
    expect(parseRange("bytes= 0-9 ", 100)).toEqual({ kind: "partial", start: 0, end: 9 });
    expect(parseRange("bytes=0-9,", 100)).toEqual({ kind: "partial", start: 0, end: 9 });
  });
});
