import { describe, expect, it } from "vitest";
import { decodeOrNull } from "./url";

describe("decodeOrNull", () => {
  it("decodes well-formed percent-encoding", () => {
    expect(decodeOrNull("nova%5Flane")).toBe("nova_lane");
    expect(decodeOrNull("%E0%A4%A8")).toBe("न");
    expect(decodeOrNull("plain")).toBe("plain");
  });

  it("answers null for malformed percent-encoding instead of throwing", () => {
    for (const bad of ["%", "%E0%A4%A", "%ZZ", "abc%", "%C0%80", "%ED%A0%80"]) expect(decodeOrNull(bad), bad).toBeNull();
  });
});
