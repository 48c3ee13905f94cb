"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import type { ActionState } from "@/lib/forms/action-state";
import { countryName } from "@/lib/markets/countries";
import { isSupportedMarket } from "@/lib/markets/markets";
import { visitorMarket } from "@/lib/markets/visitor";
import { retryWait } from "@/lib/mutations/limits";
import { formAction, action } from "@/lib/mutations/guard";
import { hitRateLimit } from "@/lib/rate-limit";
import { ipKey } from "@/lib/security/ip-key";
import { createAccount, joinWaitlist } from "./accounts";
import { signIn, signOut } from "./auth";
import { hashPassword } from "./credentials";
import { safeCallbackUrl } from "./redirects";
import { signInSchema, signUpSchema, waitlistSchema } from "./validation";

type SignUpField = "email" | "password" | "name" | "handle" | "country";
export type SignUpState = ActionState<SignUpField, { unsupportedMarket?: { country: string; name: string } }>;

const callbackUrl = z.unknown().optional().transform((value) => safeCallbackUrl(value, "/"));

export const signUpAction = formAction(
  {
    name: "auth.signUp",
    access: "public",
    input: z.intersection(signUpSchema, z.object({ callbackUrl })),
    invalid: "common.fixFields",
    echo: ["email", "name", "handle", "country"] as const,
    limits: [{ name: "signUpPerIp", per: "ip" }],
    // A profile page cached as "not found" for the new handle.
    changes: (input) => ({ handles: [input.handle] }),
  },
  async (input, { ip }): Promise<SignUpState> => {
    // The market is checked where the visitor is and for the country they chose.
    const visitor = await visitorMarket();
    const blockedCountry = !visitor.supported ? visitor.country : !isSupportedMarket(input.country) ? input.country : null;
    if (blockedCountry) return { ok: false, data: { unsupportedMarket: { country: blockedCountry, name: countryName(blockedCountry, await getLocale()) } } };

    const result = await createAccount(db, { ...input, passwordHash: await hashPassword(input.password) });
    if (!result.ok && result.field === "email") {
      // Saying "this email has an account" is unavoidable once; more often from one address it would be a lookup service.
      const confirm = await hitRateLimit(db, `signup-email-exists:${ipKey(ip ?? "unknown", "limit")}`, { limit: 1, windowMs: 24 * 3_600_000 });
      if (!confirm.allowed) return { ok: false, message: "auth.couldNotCreate" };
    }
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: { [result.field]: result.message } };

    await signIn("credentials", { email: input.email, password: input.password, redirectTo: input.callbackUrl });
    return { ok: true };
  },
);

/** "throttled_120" (from authorize) as a sentence in the request's language. */
async function signInFailure(error: AuthError): Promise<string> {
  const code = error instanceof CredentialsSignin ? error.code : "";
  const seconds = /^throttled_(\d+)$/.exec(code)?.[1];
  if (seconds) return (await getTranslations("errors"))("auth.throttled", retryWait(Number(seconds) * 1000));
  if (code === "suspended") return "auth.suspended";
  return "auth.wrongCredentials";
}

export const signInAction = formAction(
  { name: "auth.signIn", access: "public", input: z.intersection(signInSchema, z.object({ callbackUrl })), echo: ["email"] as const },
  async (input): Promise<ActionState<"email" | "password">> => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: input.callbackUrl });
    } catch (error) {
      if (error instanceof AuthError) return { ok: false, message: await signInFailure(error) };
      throw error; // Next's redirect signal on success
    }
    return { ok: true };
  },
);

export const signOutAction = action({ name: "auth.signOut", access: "public", input: z.unknown() }, async () => {
  await signOut({ redirectTo: "/" });
  return { ok: true };
});

export const joinWaitlistAction = formAction(
  { name: "auth.waitlist", access: "public", input: waitlistSchema, echo: ["email", "country"] as const, limits: [{ name: "waitlistPerIp", per: "ip" }] },
  async (input) => {
    await joinWaitlist(db, input.email, input.country);
    const t = await getTranslations("errors");
    return { ok: true, message: t("auth.waitlistThanks", { email: input.email, country: countryName(input.country, await getLocale()) }) };
  },
);
