import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profiles, users } from "@/db/schema";
import type { ChorusDb } from "@/db/client";
import { tempDatabase } from "@/lib/test/db";

// The route handlers themselves, against a temporary database: what a forged Host
// header or a malformed URL actually gets back.
let t: Awaited<ReturnType<typeof tempDatabase>>;
let oembed: typeof import("@/app/oembed/route");
let follow: typeof import("@/app/embed/follow/[handle]/route");
let track: typeof import("@/app/embed/track/[id]/route");
const saved = { PUBLIC_URL: process.env.PUBLIC_URL, PORT: process.env.PORT };
const ORIGIN = "http://localhost:3100";
const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

beforeAll(async () => {
  delete process.env.PUBLIC_URL;
  process.env.PORT = "3100";
  t = await tempDatabase();
  (globalThis as unknown as { __chorusDb?: ChorusDb }).__chorusDb = t.db;
  const owner = (await t.db.insert(users).values({ email: "nova@x.test", name: "Nova" }).returning())[0];
  await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "novalane", name: `Nova "Lane" <3` });
  [oembed, follow, track] = await Promise.all([import("@/app/oembed/route"), import("@/app/embed/follow/[handle]/route"), import("@/app/embed/track/[id]/route")]);
});

afterAll(() => {
  delete (globalThis as unknown as { __chorusDb?: ChorusDb }).__chorusDb;
  t.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("oEmbed route", () => {
  it("builds embed code on the configured origin, whatever Host the request names", async () => {
    const res = await oembed.GET(new Request(`http://evil.example/oembed?url=${encodeURIComponent(`${ORIGIN}/@novalane`)}`, { headers: forged }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.html).toContain(`src="${ORIGIN}/embed/follow/novalane?style=detailed&amp;theme=light&amp;show-count=1"`);
    expect(body.html).toContain('title="Nova &quot;Lane&quot; &lt;3 on Chorus"');
    expect(JSON.stringify(body)).not.toContain("evil.example");
  });

  it("does not treat the forged host as Chorus", async () => {
    const res = await oembed.GET(new Request(`http://evil.example/oembed?url=${encodeURIComponent("http://evil.example/@novalane")}`, { headers: forged }));
    expect(res.status).toBe(404);
  });

  it("answers 404, not 500, for a url with malformed percent-encoding", async () => {
    for (const bad of [`${ORIGIN}/@%E0%A4%A`, `${ORIGIN}/track/%ZZ`, `${ORIGIN}/%`]) {
      const res = await oembed.GET(new Request(`${ORIGIN}/oembed?url=${encodeURIComponent(bad)}`));
      expect(res.status, bad).toBe(404);
    }
  });
});

describe("embed routes", () => {
  it("the follow widget links to the configured origin, not the Host header", async () => {
    const res = await follow.GET(new Request(`http://evil.example/embed/follow/novalane`, { headers: forged }), params({ handle: "novalane" }));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`href="${ORIGIN}/intent/follow?handle=novalane"`);
    expect(html).not.toContain("evil.example");
    expect(html).toContain("Nova &quot;Lane&quot; &lt;3");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });

  it("answers a malformed handle with the widget's 404, not a 500", async () => {
    for (const handle of ["%E0%A4%A", "%", "<script>", "a".repeat(300)]) {
      const res = await follow.GET(new Request(`${ORIGIN}/embed/follow/x`), params({ handle }));
      expect(res.status, handle).toBe(404);
      expect(await res.text()).toContain("Not found on Chorus");
    }
  });

  it("answers a malformed track id with 404", async () => {
    for (const id of ["%ZZ", "<script>", "abc"]) {
      const res = await track.GET(new Request(`${ORIGIN}/embed/track/x`), params({ id }));
      expect(res.status, id).toBe(404);
      expect(await res.text()).toContain(`href="${ORIGIN}"`);
    }
  });
});
