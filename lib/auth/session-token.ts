import { decode } from "next-auth/jwt";

/**
 * Who a request's session cookie says it is, without Auth.js's request machinery.
 *
 * Auth.js's `auth()` in a page builds a Request, runs its session action (derives the
 * key, decrypts the cookie, runs our callbacks, encrypts a renewed cookie it cannot set
 * from a page) and parses the Response it made: about a sixth of a signed-in Studio
 * page's CPU (profile of 2026-12-02). Pages only need the account id and the session
 * version; `viewerForUser` then checks both against the database (gone, suspended,
 * signed out everywhere), as the `jwt` callback does.
 *
 * A cookie is decrypted with Auth.js's own `decode` (same key derivation, algorithms and
 * clock tolerance) once per process; the claims are kept by the cookie's exact value, so
 * only a cookie this server's secret encrypted is ever remembered, and until it expires.
 */
export type SessionClaims = { userId: string; sessionVersion: number };

/**
 * The one session cookie Auth.js reads for a request: `__Secure-authjs.session-token` when its
 * URL is https, else `authjs.session-token` (the name is also the key-derivation salt). Decided
 * as Auth.js decides it (`createActionURL`, `init`): AUTH_URL's protocol when set, else the
 * X-Forwarded-Proto header, else https. Reading only that one keeps a plain-http cookie pushed
 * onto an https visitor from signing them in, as Auth.js ignores it too.
 */
export function sessionCookieName(forwardedProto: string | null, env: Record<string, string | undefined> = process.env): string {
  const envUrl = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = envUrl ? new URL(envUrl).protocol : `${(forwardedProto ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:" ? "__Secure-authjs.session-token" : "authjs.session-token";
}

const CLOCK_TOLERANCE_S = 15;
const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, SessionClaims & { exp: number }>();

/**
 * - `null`: no session cookie (signed out);
 * - claims: a valid, unexpired cookie of this server's;
 * - `undefined`: anything else (split into chunks, another secret, expired, malformed):
 *   the caller asks Auth.js, which decides exactly as before.
 */
export async function sessionClaims(
  name: string,
  cookie: (name: string) => string | undefined,
  hasCookieStartingWith: (prefix: string) => boolean,
  secret: string | undefined = process.env.AUTH_SECRET,
  now = Date.now(),
): Promise<SessionClaims | null | undefined> {
  // Auth.js joins `name.0`, `name.1`, … with `name` itself: any of those, and it decides.
  if (hasCookieStartingWith(`${name}.`)) return undefined;
  const token = cookie(name);
  if (token === undefined) return null;
  if (!token) return undefined;
  const key = `${name}=${token}`;
  let claims = remembered.get(key);
  if (!claims) {
    if (!secret) return undefined;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (!payload || typeof payload.sub !== "string" || typeof payload.exp !== "number") return undefined;
      claims = { userId: payload.sub, sessionVersion: typeof payload.sv === "number" ? payload.sv : 0, exp: payload.exp };
    } catch {
      return undefined;
    }
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, claims);
  }
  if (claims.exp + CLOCK_TOLERANCE_S <= now / 1000) {
    remembered.delete(key);
    return undefined;
  }
  return { userId: claims.userId, sessionVersion: claims.sessionVersion };
}
