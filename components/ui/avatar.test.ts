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
});
