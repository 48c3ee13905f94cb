import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientIp } from "@/lib/security/client-ip";
import { verifyCredentials } from "./credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

/** Too many failed attempts: `code` carries the seconds to wait, for the sign-in form's message. */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `throttled_${seconds}`;
  }
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
        if (result.ok) return { id: result.user.id, name: result.user.name, email: result.user.email };
        if (result.retryAfterMs) throw new ThrottledSignIn(Math.ceil(result.retryAfterMs / 1000));
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
