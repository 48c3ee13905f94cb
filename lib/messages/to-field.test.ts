import { describe, expect, it } from "vitest";
import { completeToken, currentToken } from "./to-field";

describe("the To field's handles", () => {
  it("suggests for the handle being typed, after the last comma", () => {
    expect(currentToken("@lea, @ami")).toBe("ami");
    expect(currentToken("kito")).toBe("kito");
    expect(currentToken("@lea, ")).toBe("");
  });
  it("completes that handle and keeps the ones before it", () => {
    expect(completeToken("@lea, @ami", "amelieroux")).toBe("@lea, @amelieroux, ");
    expect(completeToken("ki", "kitomensah")).toBe("@kitomensah, ");
  });
});
