import { describe, expect, it } from "vitest";
import { english } from "@/lib/test/english";
import { parseGenres, parseLinks, updatePageSchema } from "./validation";

describe("studio validation", () => {
  it("accepts http(s) links and labels them by host", () => {
    expect(parseLinks("https://www.nova.example/tour\n\nhttp://shop.example")).toEqual({
      links: [
        { label: "nova.example", url: "https://www.nova.example/tour" },
        { label: "shop.example", url: "http://shop.example/" },
      ],
      error: null,
    });
  });
  it("refuses javascript: and non-URLs", () => {
    const said = (r: { error: string | null; params?: Record<string, unknown> }) => english(r.error, r.params);
    expect(said(parseLinks("javascript:alert(1)"))).toMatch(/http/);
    expect(said(parseLinks("not a link"))).toMatch(/not a web address/);
  });
  it("normalizes genres and limits them", () => {
    expect(parseGenres("Indie Pop, techno, indie pop")).toEqual({ genres: ["indie pop", "techno"], error: null });
    const said = (r: { error: string | null; params?: Record<string, unknown> }) => english(r.error, r.params);
    expect(said(parseGenres("a,b,c,d,e,f"))).toMatch(/at most 5/);
    expect(said(parseGenres("<script>"))).toMatch(/not a genre/);
  });
  it("reports every problem at once", () => {
    const result = updatePageSchema.safeParse({ profileId: "abcdefgh", name: "", handle: "x", bio: "", links: "ftp://x", genres: "", city: "", country: "" });
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((i) => i.path[0]))).toEqual(new Set(["name", "handle", "links"]));
  });
});
