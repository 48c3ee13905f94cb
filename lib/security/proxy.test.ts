import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("proxy.ts (app pages)", () => {
  it("sends a CSP with a fresh nonce, and hands the same nonce to the render", () => {
    const first = proxy(new NextRequest("http://localhost:3000/@novalane"));
    const second = proxy(new NextRequest("http://localhost:3000/@novalane"));
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
    expect(proxy(new NextRequest("http://localhost:3000/track/abcdef123")).headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("leaves API, embeds, oEmbed and static files alone", () => {
    const [source] = config.matcher;
    const matches = (path: string) => new RegExp(`^${source}$`).test(path);
    for (const path of ["/", "/@novalane", "/track/abcdef123", "/intent/follow", "/studio/pages/x"]) expect(matches(path), path).toBe(true);
    for (const path of ["/api/media/abc", "/embed/follow/novalane", "/oembed", "/_next/static/chunks/a.js", "/_next/image", "/favicon.ico", "/widgets.js"]) expect(matches(path), path).toBe(false);
  });
});
