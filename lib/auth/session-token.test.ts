import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionClaims } from "./session-token";

const SECRET = "a-test-secret-a-test-secret-0123456789";
const jar = (cookies: Record<string, string>) =>
  [(name: string) => cookies[name], (prefix: string) => Object.keys(cookies).some((n) => n.startsWith(prefix))] as const;
const token = (claims: Record<string, unknown>, salt = "authjs.session-token", secret = SECRET, maxAge?: number) =>
  encode({ token: claims, secret, salt, maxAge });

describe("reading the session cookie without Auth.js", () => {
  it("says signed out when there is no session cookie", async () => {
    expect(await sessionClaims(...jar({ other: "1" }), SECRET)).toBeNull();
  });

  it("reads the account and session version of a cookie this server encrypted, on http and https", async () => {
    expect(await sessionClaims(...jar({ "authjs.session-token": await token({ sub: "user1", sv: 3 }) }), SECRET)).toEqual({ userId: "user1", sessionVersion: 3 });
    const secure = await token({ sub: "user2" }, "__Secure-authjs.session-token");
    expect(await sessionClaims(...jar({ "__Secure-authjs.session-token": secure }), SECRET)).toEqual({ userId: "user2", sessionVersion: 0 });
  });

  it("leaves to Auth.js what it cannot vouch for: another secret, another cookie's salt, a broken or chunked cookie", async () => {
    expect(await sessionClaims(...jar({ "authjs.session-token": await token({ sub: "u" }, undefined, "another-secret-another-secret-0123") }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "__Secure-authjs.session-token": await token({ sub: "u" }) }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "authjs.session-token": "not.a.token" }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "authjs.session-token.0": "part", "authjs.session-token.1": "part" }), SECRET)).toBeUndefined();
    expect(await sessionClaims(...jar({ "authjs.session-token": await token({ name: "no subject" }) }), SECRET)).toBeUndefined();
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
