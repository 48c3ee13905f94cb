import { describe, expect, it } from "vitest";
import { WIDGET_SCRIPT, WIDGET_SCRIPT_HASH, parseWidgetParams, renderFollowWidget, renderWidgetError } from "./follow-widget";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";

const profile = { handle: "novalane", name: "Nova <Lane> & \"Co\"", followerCount: 12345, avatarUrl: "/api/media/abc123DEF", kind: "artist" };

describe("follow widget", () => {
  it("falls back to defaults for bad parameters", () => {
    expect(parseWidgetParams(new URLSearchParams("style=huge&theme=purple&show-count=maybe"))).toEqual({ style: "basic", theme: "light", showCount: true });
    expect(parseWidgetParams(new URLSearchParams("style=detailed&theme=dark&show-count=0"))).toEqual({ style: "detailed", theme: "dark", showCount: false });
  });

  it("escapes profile text", () => {
    const html = renderFollowWidget(profile, { style: "detailed", theme: "dark", showCount: true }, "https://chorus.example");
    expect(html).toContain("Nova &lt;Lane&gt; &amp; &quot;Co&quot;");
    expect(html).not.toContain("<Lane>");
    expect(html).toContain("12.3K");
  });

  it("stays inside the size budget", () => {
    const basic = renderFollowWidget(profile, { style: "basic", theme: "light", showCount: true }, "https://chorus.example");
    const detailed = renderFollowWidget(profile, { style: "detailed", theme: "dark", showCount: true }, "https://chorus.example");
    expect(gzipSync(basic).length).toBeLessThan(3 * 1024);
    expect(gzipSync(detailed).length).toBeLessThan(6 * 1024);
  });

  it("publishes the hash of exactly the inline script it serves", () => {
    expect(WIDGET_SCRIPT_HASH).toBe(`'sha256-${createHash("sha256").update(WIDGET_SCRIPT).digest("base64")}'`);
    expect(renderFollowWidget(profile, { style: "basic", theme: "light", showCount: false }, "https://c.example")).toContain(`<script>${WIDGET_SCRIPT}</script>`);
  });

  it("renders a readable error state", () => {
    expect(renderWidgetError({ style: "basic", theme: "dark", showCount: true }, "https://c.example", "Not found on Chorus")).toContain("Not found on Chorus");
  });
});
