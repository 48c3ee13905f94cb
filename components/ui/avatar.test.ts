import { describe, expect, it } from "vitest";
import { initialsOf } from "./avatar";

describe("initialsOf", () => {
  it("takes whole characters, never half of a surrogate pair", () => {
    expect(initialsOf("Amélie Roux")).toBe("AR");
    expect(initialsOf("👩🏽‍🎤 Band")).toBe("B");
    expect(initialsOf("<script>x</script> 🎸")).toBe("");
    expect(initialsOf("𝒜lpha beta")).toBe("𝒜B");
    for (const s of [initialsOf("𝒜lpha"), initialsOf("😀 😀")]) expect(s.isWellFormed()).toBe(true);
  });

  it("gives what a grapheme segmenter gives, including a letter with a combining mark and a keycap", () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const slow = (name: string) =>
      name
        .split(/\s+/)
        .map((word) => graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? "")
        .filter((first) => /^[\p{L}\p{N}]/u.test(first))
        .slice(0, 2)
        .map((first) => first.toUpperCase())
        .join("");
    for (const name of ["Nova Lane", "e\u0301mile zola", "1\ufe0f\u20e3 Band", "a\u200d\u{1F3A4} b", "dj k\u0327", "x", "", "  lead  space", "9lives Crew"]) expect(initialsOf(name), name).toBe(slow(name));
    expect(initialsOf("e\u0301mile zola")).toBe("E\u0301Z");
  });
});
