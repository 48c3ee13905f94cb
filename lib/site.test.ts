import { afterEach, describe, expect, it } from "vitest";
import { parsePublicUrl } from "@/scripts/public-url.mjs";
import { publicOrigin, siteOrigin } from "./site";

const saved = { PUBLIC_URL: process.env.PUBLIC_URL, PORT: process.env.PORT };

describe("the public origin", () => {
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("is PUBLIC_URL as a bare origin", () => {
    expect(parsePublicUrl("https://chorus.example", "3000")).toBe("https://chorus.example");
    expect(parsePublicUrl("https://Chorus.Example:443/", undefined)).toBe("https://chorus.example");
    expect(parsePublicUrl(" http://localhost:3100 ", undefined)).toBe("http://localhost:3100");
  });

  it("falls back to localhost on PORT when PUBLIC_URL is unset (the e2e server on 3100)", () => {
    expect(parsePublicUrl(undefined, "3100")).toBe("http://localhost:3100");
    expect(parsePublicUrl("", undefined)).toBe("http://localhost:3000");
    expect(parsePublicUrl(undefined, "not-a-port")).toBe("http://localhost:3000");
  });

  it("refuses anything but an absolute http(s) origin, with a clear message", () => {
    for (const bad of ["chorus.example", "/relative", "ftp://chorus.example", "javascript:alert(1)", "https://chorus.example/app", "https://chorus.example?x=1", "https://chorus.example#top", "https://user:secret@chorus.example", "http:chorus.example", "https://"]) {
      expect(() => parsePublicUrl(bad, "3000"), bad).toThrow(/PUBLIC_URL must be an absolute http\(s\) origin/);
    }
    expect(() => parsePublicUrl("https://user:secret@chorus.example", "3000")).toThrow(/^(?!.*secret)/);
  });

  it("never comes from the request's Host header", () => {
    delete process.env.PUBLIC_URL;
    process.env.PORT = "3100";
    const forged = new Request("http://evil.example/oembed", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    expect(publicOrigin(forged)).toBe("http://localhost:3100");
    process.env.PUBLIC_URL = "https://chorus.example/";
    expect(publicOrigin(forged)).toBe("https://chorus.example");
    expect(siteOrigin()).toBe("https://chorus.example");
  });

  it("throws for an invalid PUBLIC_URL instead of using it", () => {
    process.env.PUBLIC_URL = "https://chorus.example/\"><script>";
    expect(() => siteOrigin()).toThrow(/PUBLIC_URL/);
  });
});
