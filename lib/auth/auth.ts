import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/security/client-ip";
import { db } from "@/db";
import { verifyCredentials } from "./credentials";
import { sessionIsCurrent } from "./viewer-data";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The account's session version when this session signed in (lib/auth/session-check.ts). */
    sessionVersion: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

/** Too many failed attempts: `code` carries the seconds to wait, for the sign-in form's message. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `throttled_${seconds}`;
  }
}

/** The account is suspended or banned: the sign-in form says so (the reason is shown once signed-out, by email lookup never). */
export class SuspendedSignIn extends CredentialsSignin {
  code = "suspended";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // JWT sessions: no session table lookups, and the Credentials provider requires it.
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 30 },
  pages: { signIn: "/signin" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Every credentials path (our form's action and POST /api/auth/callback/credentials) ends here, so the throttle lives here.
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        const result = await verifyCredentials(email, password, clientIp(request.headers));
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
        if (result.retryAfterMs) throw new ThrottledSignIn(Math.ceil(result.retryAfterMs / 1000));
        if (result.suspended) throw new SuspendedSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    // Only a sign-in sets the version: an "update" from the client must never refresh an outdated token.
    // Every read of a session (pages, actions, /api/auth/session) checks it is still current: an old
    // version, a suspension or an erased account ends it (and /api/auth/session clears the cookie).
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        return token;
      }
      if (!token.sub) return null;
      try {
        if (!(await sessionIsCurrent(db, token.sub, typeof token.sv === "number" ? token.sv : 0))) return null;
      } catch (error) {
        // The database is unreachable: keep the cookie (every page still checks the account through
        // viewerForUser and fails closed), rather than sign everyone out during an outage.
        console.error("auth: could not check a session", error);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
});
