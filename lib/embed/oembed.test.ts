import { describe, expect, it } from "vitest";
import { buildOEmbed, iframeHtml, parseChorusUrl, type OEmbedTarget } from "./oembed";

const origin = "https://chorus.example";
const lookup = (t: { kind: string }): OEmbedTarget | null =>
  t.kind === "profile"
    ? { kind: "profile", handle: "novalane", title: "Nova Lane", thumbnailUrl: "/api/media/av" }
    : { kind: t.kind as "track", id: "abcdef123", title: 'Glass "Hearts"', authorName: "Nova Lane", authorHandle: "novalane", thumbnailUrl: "/api/media/cv" };
const q = (s: string) => new URLSearchParams(s);

describe("oEmbed", () => {
  it("parses only this site's track, release and profile URLs", () => {
    expect(parseChorusUrl("https://chorus.example/track/abcdef123", origin)).toEqual({ kind: "track", id: "abcdef123" });
    expect(parseChorusUrl("https://chorus.example/@novalane/", origin)).toEqual({ kind: "profile", handle: "novalane" });
    expect(parseChorusUrl("https://evil.example/track/abcdef123", origin)).toBeNull();
    expect(parseChorusUrl("https://chorus.example/studio", origin)).toBeNull();
    expect(parseChorusUrl("not a url", origin)).toBeNull();
  });

  it("answers a rich type with an iframe, provider and thumbnail", async () => {
    const r = await buildOEmbed(q(`url=${encodeURIComponent("https://chorus.example/track/abcdef123")}`), origin, lookup);
    expect(r.status).toBe(200);
    if (r.status !== 200) return;
    expect(r.body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Chorus", provider_url: origin, width: 600, height: 80, author_url: `${origin}/@novalane`, thumbnail_url: `${origin}/api/media/cv` });
    expect(r.body.html).toContain(`src="${origin}/embed/track/abcdef123?layout=compact"`);
    expect(r.body.html).toContain("Glass &quot;Hearts&quot;");
  });

  it("embeds a playlist with the large player when there is room", async () => {
    expect(parseChorusUrl("https://chorus.example/playlist/abcdef123", origin)).toEqual({ kind: "playlist", id: "abcdef123" });
    const r = await buildOEmbed(q(`url=${encodeURIComponent("https://chorus.example/playlist/abcdef123")}`), origin, lookup);
    expect(r.status).toBe(200);
    if (r.status !== 200) return;
    expect(r.body).toMatchObject({ height: 400 });
    expect(r.body.html).toContain(`src="${origin}/embed/playlist/abcdef123?layout=large"`);
  });

  it("honours maxwidth and maxheight", async () => {
    const r = await buildOEmbed(q(`url=${encodeURIComponent("https://chorus.example/release/abcdef123")}&maxwidth=300&maxheight=200`), origin, lookup);
    expect(r.status === 200 && [r.body.width, r.body.height]).toEqual([300, 80]);
    const big = await buildOEmbed(q(`url=${encodeURIComponent("https://chorus.example/release/abcdef123")}`), origin, lookup);
    expect(big.status === 200 && big.body.height).toBe(400);
  });

  it("previews a concert as a link, without an iframe", async () => {
    const concertLookup = (t: { kind: string }): OEmbedTarget | null => (t.kind === "concert" ? { kind: "concert", id: "abcdef123", title: "Nova Lane at Lido, Berlin", authorName: "Nova Lane", authorHandle: "novalane", thumbnailUrl: "/api/media/av" } : null);
    const r = await buildOEmbed(q(`url=${encodeURIComponent("https://chorus.example/concert/abcdef123")}`), origin, concertLookup);
    expect(r.status).toBe(200);
    if (r.status !== 200) return;
    expect(r.body).toMatchObject({ version: "1.0", type: "link", title: "Nova Lane at Lido, Berlin", author_url: `${origin}/@novalane` });
    expect(r.body.html).toBeUndefined();
  });

  it("404s unknown URLs and 501s other formats", async () => {
    expect((await buildOEmbed(q("url=https://chorus.example/nope"), origin, lookup)).status).toBe(404);
    expect((await buildOEmbed(q("url=https://chorus.example/track/abcdef123"), origin, () => null)).status).toBe(404);
    expect((await buildOEmbed(q("url=https://chorus.example/track/abcdef123&format=xml"), origin, lookup)).status).toBe(501);
  });

  it("escapes every value in the iframe code for its attribute", async () => {
    const hostile = (t: { kind: string }): OEmbedTarget | null => (t.kind === "track" ? { kind: "track", id: "abcdef123", title: `Sun & "Moon" <script>alert(1)</script> 'x'`, authorName: "A", authorHandle: "a_b", thumbnailUrl: null } : null);
    const r = await buildOEmbed(q(`url=${encodeURIComponent("https://chorus.example/track/abcdef123")}`), origin, hostile);
    if (r.status !== 200) throw new Error("expected 200");
    const html = String(r.body.html);
    expect(html).toContain(`title="Sun &amp; &quot;Moon&quot; &lt;script&gt;alert(1)&lt;/script&gt; &#39;x&#39; on Chorus"`);
    expect(html).toContain(`src="${origin}/embed/track/abcdef123?layout=compact"`);
    expect(html).not.toContain("<script");
    // Exactly the attributes we wrote: nothing in a value opened a new one.
    expect([...html.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1])).toEqual(["src", "width", "height", "style", "allow", "title"]);
  });

  it("escapes the ampersands between query parameters in src", () => {
    expect(iframeHtml({ src: "https://chorus.example/embed/follow/nova?style=detailed&theme=light", width: 320, height: 76, title: "t" })).toContain(
      'src="https://chorus.example/embed/follow/nova?style=detailed&amp;theme=light"',
    );
  });

  it("treats URLs with malformed percent-encoding as unknown (404), without throwing", async () => {
    for (const bad of ["https://chorus.example/track/%E0%A4%A", "https://chorus.example/@%", "https://chorus.example/%ZZ"]) {
      expect(() => parseChorusUrl(bad, origin)).not.toThrow();
      expect(parseChorusUrl(bad, origin)).toBeNull();
      expect((await buildOEmbed(q(`url=${encodeURIComponent(bad)}`), origin, lookup)).status).toBe(404);
    }
  });

  it("gives thumbnails the size they really have: the stored square, or a served variant that fits maxwidth", async () => {
    const full = await buildOEmbed(q(`url=${encodeURIComponent(`${origin}/track/abcdef123`)}`), origin, lookup);
    expect(full.status === 200 && full.body).toMatchObject({ thumbnail_url: `${origin}/api/media/cv`, thumbnail_width: 800, thumbnail_height: 800 });
    const small = await buildOEmbed(q(`url=${encodeURIComponent(`${origin}/track/abcdef123`)}&maxwidth=300`), origin, lookup);
    expect(small.status === 200 && small.body).toMatchObject({ thumbnail_url: `${origin}/api/media/cv?w=192`, thumbnail_width: 192, thumbnail_height: 192 });
    const profile = await buildOEmbed(q(`url=${encodeURIComponent(`${origin}/@novalane`)}`), origin, lookup);
    expect(profile.status === 200 && profile.body).toMatchObject({ thumbnail_width: 400, thumbnail_height: 400 });
  });
});
