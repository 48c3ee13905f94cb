import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("proxy.ts (app pages)", () => {
  it("sends a CSP with a fresh nonce, and hands the same nonce to the render", () => {
    const signedIn = { headers: { cookie: "authjs.session-token=x" } };
    const first = proxy(new NextRequest("http://localhost:3000/@novalane", signedIn));
    const second = proxy(new NextRequest("http://localhost:3000/@novalane", signedIn));
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    expect(first.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
  });

  it("overwrites a nonce the client sent", () => {
    const response = proxy(new NextRequest("http://localhost:3000/", { headers: { "x-nonce": "attacker-chosen" } }));
    expect(response.headers.get("x-middleware-request-x-nonce")).not.toBe("attacker-chosen");
  });

  it("sends HSTS only over https", () => {
    expect(proxy(new NextRequest("http://localhost:3000/")).headers.get("strict-transport-security")).toBeNull();
    expect(proxy(new NextRequest("http://localhost:3000/", { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("answers malformed percent-encoding in a page path with the 404 page", () => {
    for (const path of ["/@%E0%A4%A", "/track/%ZZ", "/u/%"]) {
      const response = proxy(new NextRequest(`http://localhost:3000${path}`));
      expect(response.headers.get("x-middleware-rewrite"), path).toMatch(/\/_not-a-route$/);
    }
    expect(proxy(new NextRequest("http://localhost:3000/track/abcdef123", { headers: { cookie: "authjs.session-token=x" } })).headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("serves signed-out visits to public pages from the page cache, and signed-in ones for the viewer", () => {
    const rewrite = (path: string, cookie?: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} })).headers.get("x-middleware-rewrite");
    expect(rewrite("/@novalane")).toMatch(/\/cached\/en\/u\/novalane$/);
    expect(rewrite("/track/abcdef123")).toMatch(/\/cached\/en\/track\/abcdef123$/);
    expect(rewrite("/release/abcdef123")).toMatch(/\/cached\/en\/release\/abcdef123$/);
    expect(rewrite("/concert/abcdef123")).toMatch(/\/cached\/en\/concert\/abcdef123$/);
    // Next's router requests keep their _rsc parameter.
    expect(rewrite("/@novalane?_rsc=1x2y")).toMatch(/\/cached\/en\/u\/novalane\?_rsc=1x2y$/);
    // A session (plain or __Secure-, chunked), any other query, or another page: rendered for the viewer.
    for (const cookie of ["authjs.session-token=x", "theme=dark; __Secure-authjs.session-token=x", "authjs.session-token.0=x"]) expect(rewrite("/@novalane", cookie), cookie).toBeNull();
    expect(rewrite("/")).toMatch(/\/cached\/en\/home\/all$/);
    // One cached copy per language: the chorus-locale cookie, else Accept-Language.
    expect(proxy(new NextRequest("http://localhost:3000/@novalane", { headers: { "accept-language": "de-AT,de;q=0.9" } })).headers.get("x-middleware-rewrite")).toMatch(/\/cached\/de\/u\/novalane$/);
    expect(rewrite("/@novalane", "chorus-locale=fr")).toMatch(/\/cached\/fr\/u\/novalane$/);
    for (const path of ["/@novalane?shows=past", "/?genre=rock", "/concerts", "/@novalane/followers", "/track/abc/extra"]) expect(rewrite(path), path).toBeNull();
    // The cached page is rendered without a nonce; the response still names a fresh one (scripts/server.mjs puts it on the scripts).
    const cached = proxy(new NextRequest("http://localhost:3000/@novalane"));
    expect(cached.headers.get("x-middleware-request-x-nonce")).toBeNull();
    expect(nonceOf(cached.headers.get("content-security-policy"))).toBeTruthy();
  });

  it("leaves API, embeds, oEmbed and static files alone", () => {
    const [source] = config.matcher;
    const matches = (path: string) => new RegExp(`^${source}$`).test(path);
    for (const path of ["/", "/@novalane", "/track/abcdef123", "/intent/follow", "/studio/pages/x"]) expect(matches(path), path).toBe(true);
    for (const path of ["/api/media/abc", "/embed/follow/novalane", "/oembed", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico", "/widgets.js"]) expect(matches(path), path).toBe(false);
  });
});
