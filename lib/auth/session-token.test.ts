import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionClaims, sessionCookieName } from "./session-token";

const SECRET = "a-test-secret-a-test-secret-0123456789";
const HTTP = "authjs.session-token";
const HTTPS = "__Secure-authjs.session-token";
const jar = (cookies: Record<string, string>, name = HTTP) =>
  [name, (n: string) => cookies[n], (prefix: string) => Object.keys(cookies).some((n) => n.startsWith(prefix))] as const;
const token = (claims: Record<string, unknown>, salt = "authjs.session-token", secret = SECRET, maxAge?: number) =>
  encode({ token: claims, secret, salt, maxAge });

describe("reading the session cookie without Auth.js", () => {
  it("says signed out when there is no session cookie", async () => {
    expect(await sessionClaims(...jar({ other: "1" }), SECRET)).toBeNull();
  });

  it("reads the account and session version of a cookie this server encrypted, on http and https", async () => {
    expect(await sessionClaims(...jar({ "authjs.session-token": await token({ sub: "user1", sv: 3 }) }), SECRET)).toEqual({ userId: "user1", sessionVersion: 3 });
    const secure = await token({ sub: "user2" }, HTTPS);
    expect(await sessionClaims(...jar({ [HTTPS]: secure }, HTTPS), SECRET)).toEqual({ userId: "user2", sessionVersion: 0 });
  });

  it("leaves to Auth.js what it cannot vouch for: another secret, another cookie's salt, a broken or chunked cookie", async () => {
    expect(await sessionClaims(...jar({ "authjs.session-token": await token({ sub: "u" }, undefined, "another-secret-another-secret-0123") }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ [HTTPS]: await token({ sub: "u" }) }, HTTPS), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "authjs.session-token": "not.a.token" }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "authjs.session-token.0": "part", "authjs.session-token.1": "part" }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ [HTTP]: await token({ sub: "u" }), "authjs.session-token.0": "part" }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ [HTTP]: "" }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "authjs.session-token": await token({ name: "no subject" }) }), SECRET)).toBeUndefined();
  });

  it("reads only the cookie Auth.js reads for the request: a plain-http cookie does not sign in an https visitor", async () => {
    expect(sessionCookieName("https", {})).toBe(HTTPS);
    expect(sessionCookieName("http", {})).toBe(HTTP);
    expect(sessionCookieName(null, {})).toBe(HTTPS);
    expect(sessionCookieName("http", { AUTH_URL: "https://chorus.example" })).toBe(HTTPS);
    expect(sessionCookieName("https", { AUTH_URL: "http://localhost:3000" })).toBe(HTTP);
    const plain = await token({ sub: "user5" });
    expect(await sessionClaims(...jar({ [HTTP]: plain }, sessionCookieName("https", {})), SECRET)).toBeNull();
  });

  it("never accepts an expired cookie, even one it remembered", async () => {
    const cookie = await token({ sub: "user3" }, undefined, SECRET, 60);
    expect(await sessionClaims(...jar({ "authjs.session-token": cookie }), SECRET)).toEqual({ userId: "user3", sessionVersion: 0 });
    // Remembered: the same cookie is not decrypted again (no secret needed the second time)...
    expect(await sessionClaims(...jar({ "authjs.session-token": cookie }), undefined)).toEqual({ userId: "user3", sessionVersion: 0 });
    // ...until it expires (Auth.js's 15 s of clock tolerance included).
    expect(await sessionClaims(...jar({ "authjs.session-token": cookie }), SECRET, Date.now() + 80_000)).toBeUndefined();
    const expired = await token({ sub: "user4" }, undefined, SECRET, -60);
    expect(await sessionClaims(...jar({ "authjs.session-token": expired }), SECRET)).toBeUndefined();
  });
});
