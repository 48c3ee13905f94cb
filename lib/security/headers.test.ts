import { describe, expect, it } from "vitest";
import { HSTS, embedCsp, isHttps, newNonce, pageCsp, pageSecurityHeaders } from "./headers";

const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

describe("page Content-Security-Policy", () => {
  const nonce = "AAAAAAAAAAAAAAAAAAAAAA==";

  it("runs only scripts carrying this request's nonce, and nothing inline or evaluated", () => {
    const script = directives(pageCsp({ nonce })).get("script-src")!;
    expect(script).toContain(`'nonce-${nonce}'`);
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
  });

  it("allows eval in development only (React's dev error stacks)", () => {
    expect(directives(pageCsp({ nonce, dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign forms and <base>, and loads only from Chorus", () => {
    const d = directives(pageCsp({ nonce }));
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(d.get("media-src")).toEqual(["'self'", "blob:"]);
    expect(d.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pageCsp({ nonce, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("lets pages frame Chorus's own embeds, also when addressed by PUBLIC_URL", () => {
    expect(directives(pageCsp({ nonce })).get("frame-src")).toEqual(["'self'"]);
    expect(directives(pageCsp({ nonce, publicOrigin: "https://chorus.example" })).get("frame-src")).toEqual(["'self'", "https://chorus.example"]);
    expect(directives(pageCsp({ nonce, publicOrigin: "https://x.example; script-src *" })).get("frame-src")).toEqual(["'self'"]);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => pageCsp({ nonce: "abc'; script-src *" })).toThrow();
    expect(() => pageCsp({ nonce: "short" })).toThrow();
  });

  it("mints a fresh, well-formed nonce every time", () => {
    const a = newNonce();
    const b = newNonce();
    expect(a).not.toBe(b);
    expect(() => pageCsp({ nonce: a })).not.toThrow();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});

describe("page security headers", () => {
  it("adds HSTS only over https", () => {
    expect(pageSecurityHeaders({ nonce: newNonce() })["Strict-Transport-Security"]).toBeUndefined();
    expect(pageSecurityHeaders({ nonce: newNonce(), https: true })["Strict-Transport-Security"]).toBe(HSTS);
  });

  it("knows https from the URL, a TLS-terminating proxy, or PUBLIC_URL", () => {
    expect(isHttps({ protocol: "http:" })).toBe(false);
    expect(isHttps({ protocol: "https:" })).toBe(true);
    expect(isHttps({ protocol: "http:", forwardedProto: "https, http" })).toBe(true);
    expect(isHttps({ protocol: "http:", forwardedProto: "http" })).toBe(false);
    expect(isHttps({ protocol: "http:", publicOrigin: "https://chorus.example" })).toBe(true);
    expect(isHttps({ protocol: "http:", publicOrigin: "http://localhost:3000" })).toBe(false);
  });
});

describe("embed Content-Security-Policy", () => {
  it("may be framed by any site and runs only the hashed inline scripts", () => {
    const d = directives(embedCsp({ scriptHashes: ["'sha256-abc='"], media: true }));
    expect(d.get("frame-ancestors")).toEqual(["*"]);
    expect(d.get("script-src")).toEqual(["'sha256-abc='"]);
    expect(d.get("default-src")).toEqual(["'none'"]);
    expect(d.get("media-src")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
  });

  it("loads no media and runs no script unless asked", () => {
    const d = directives(embedCsp({ scriptHashes: [] }));
    expect(d.get("script-src")).toEqual(["'none'"]);
    expect(d.has("media-src")).toBe(false);
    expect(d.has("connect-src")).toBe(false);
  });
});
