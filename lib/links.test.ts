import { describe, expect, it } from "vitest";
import { splitLinks, withScheme } from "./links";

describe("links in user text", () => {
  it("links http(s) addresses only, without trailing punctuation", () => {
    expect(splitLinks("Tour dates: https://example.com/tour. See you!")).toEqual([
      { text: "Tour dates: " },
      { text: "https://example.com/tour", url: "https://example.com/tour" },
      { text: ". See you!" },
    ]);
    expect(splitLinks("javascript:alert(1) and ftp://x.example")).toEqual([{ text: "javascript:alert(1) and ftp://x.example" }]);
  });

  it("reads a pasted address without its scheme as https", () => {
    expect(withScheme("bandcamp.com/novalane")).toBe("https://bandcamp.com/novalane");
    expect(withScheme("www.example.org")).toBe("https://www.example.org");
    expect(withScheme("http://example.org")).toBe("http://example.org");
    expect(withScheme("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(withScheme("not a link")).toBe("not a link");
  });
});
