import { z } from "zod";
import { handleProblem } from "@/lib/profiles/handles";

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwerty123",
  "iloveyou", "letmein1", "abc12345", "qwertyuiop", "11111111", "00000000", "chorus123",
]);

/** What is wrong with a new password, as a key of the "errors" namespace (auth.password.*), or null. */
export function passwordProblem(password: string, context: { email?: string; handle?: string } = {}): string | null {
  if (password.length < 8) return "auth.password.tooShort";
  if (password.length > 200) return "auth.password.tooLong";
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "auth.password.letterAndDigit";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "auth.password.tooCommon";
  if (context.handle && lower.includes(context.handle.toLowerCase())) return "auth.password.containsHandle";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) return "auth.password.containsEmail";
  return null;
}

export const signUpSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254, "common.emailTooLong").pipe(z.email("common.validEmail")),
    password: z.string(),
    name: z.string().trim().min(1, "common.displayNameRequired").max(60, "common.displayNameMax"),
    handle: z.string().trim().superRefine((value, ctx) => {
      const problem = handleProblem(value);
      if (problem) ctx.addIssue({ code: "custom", ...problem });
    }),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "common.chooseYourCountry"),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "auth.emailRequired"),
  password: z.string().min(1, "auth.passwordRequired"),
});

export const waitlistSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("common.validEmail")),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "auth.unknownCountry"),
});
