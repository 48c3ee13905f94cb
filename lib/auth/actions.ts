"use server";

import { AuthError } from "next-auth";
import { db } from "@/db";
import { echoValues, fieldErrorsOf, type ActionState } from "@/lib/forms/action-state";
import { countryName } from "@/lib/markets/countries";
import { isSupportedMarket } from "@/lib/markets/markets";
import { visitorMarket } from "@/lib/markets/visitor";
import { hitRateLimit } from "@/lib/rate-limit";
import { createAccount, joinWaitlist } from "./accounts";
import { signIn, signOut } from "./auth";
import { hashPassword } from "./credentials";
import { safeCallbackUrl } from "./redirects";
import { signInSchema, signUpSchema, waitlistSchema } from "./validation";

type SignUpField = "email" | "password" | "name" | "handle" | "country";
export type SignUpState = ActionState<SignUpField> & { unsupportedMarket?: { country: string; name: string } };

const SIGN_UP_FIELDS = ["email", "name", "handle", "country"] as const;

export async function signUpAction(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const values = echoValues(form, SIGN_UP_FIELDS);
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const input = parsed.data;

  // The market is checked where the visitor is and for the country they chose.
  const visitor = await visitorMarket();
  const blockedCountry = !visitor.supported ? visitor.country : !isSupportedMarket(input.country) ? input.country : null;
  if (blockedCountry) {
    return { ok: false, values, unsupportedMarket: { country: blockedCountry, name: countryName(blockedCountry) } };
  }

  const result = createAccount(db, { ...input, passwordHash: await hashPassword(input.password) });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: { [result.field]: result.message }, values };

  await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeCallbackUrl(form.get("callbackUrl"), "/") });
  return { ok: true };
}

type SignInField = "email" | "password";

export async function signInAction(_prev: ActionState<SignInField>, form: FormData): Promise<ActionState<SignInField>> {
  const values = echoValues(form, ["email"]);
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };

  const limit = hitRateLimit(db, `signin:${parsed.data.email}`, { limit: 10, windowMs: 10 * 60_000 });
  if (!limit.allowed) {
    return { ok: false, message: `Too many attempts. Try again in ${Math.ceil(limit.retryAfterMs / 60_000)} minutes.`, values };
  }

  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(form.get("callbackUrl"), "/") });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, message: "That email and password do not match an account.", values };
    }
    throw error; // Next's redirect signal on success
  }
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

export async function joinWaitlistAction(_prev: ActionState<"email" | "country">, form: FormData): Promise<ActionState<"email" | "country">> {
  const values = echoValues(form, ["email", "country"]);
  const parsed = waitlistSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  joinWaitlist(db, parsed.data.email, parsed.data.country);
  return { ok: true, message: `Thanks! We will email ${parsed.data.email} when Chorus launches in ${countryName(parsed.data.country)}.`, values };
}
