import { describe, expect, it } from "vitest";
import { PLAYER_SCRIPT_HASH, playerCsp, renderPlayer, type PlayerData } from "./player-widget";

const hostile = "</script><script>alert(1)</script><!--\u2028";
const data: PlayerData = {
  kind: "release",
  title: `Glass "Hearts" ${hostile}`,
  artistName: "Nova <Lane> & 'Co'",
  artistHandle: "novalane",
  coverUrl: "/api/media/cover1",
  pageUrl: "https://chorus.example/release/abcdef123",
  tracks: [{ id: "abcdef123", title: hostile, durationMs: 61_000, audioUrl: "/api/media/audio1?preview=1" }],
};

describe("player embed document", () => {
  const html = renderPlayer(data, { layout: "large", theme: "dark" }, "https://chorus.example");

  it("keeps hostile titles inside their text and data", () => {
    // Two scripts we wrote (data + player): two end tags, nothing a title opened.
    expect(html.toLowerCase().split("</script>").length).toBe(3);
    expect(html).not.toContain("<script>alert(1)");
    const json = /<script type="application\/json" id="d">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(html).toContain("Nova &lt;Lane&gt; &amp; &#39;Co&#39;");
  });

  it("inlines data the player script reads back exactly", () => {
    const json = /<script type="application\/json" id="d">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(JSON.parse(json)).toEqual(data);
  });

  it("is framable anywhere and runs only its own hashed script", () => {
    expect(playerCsp()).toContain("frame-ancestors *");
    expect(playerCsp().split("; ")).toContain(`script-src ${PLAYER_SCRIPT_HASH}`);
  });
});
