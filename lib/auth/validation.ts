import { z } from "zod";
import { handleProblem } from "@/lib/profiles/handles";

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwerty123",
  "iloveyou", "letmein1", "abc12345", "qwertyuiop", "11111111", "00000000", "chorus123",
]);

export function passwordProblem(password: string, context: { email?: string; handle?: string } = {}): string | null {
  if (password.length < 8) return "Password must be at least 8 characters.";
  if (password.length > 200) return "Password must be at most 200 characters.";
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "Password needs at least one letter and one digit.";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "That password is too common. Please choose another.";
  if (context.handle && lower.includes(context.handle.toLowerCase())) return "Password must not contain your handle.";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) return "Password must not contain your email address.";
  return null;
}

export const signUpSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254, "Email is too long.").pipe(z.email("Enter a valid email address.")),
    password: z.string(),
    name: z.string().trim().min(1, "Enter a display name.").max(60, "Display name must be at most 60 characters."),
    handle: z.string().trim().superRefine((value, ctx) => {
      const problem = handleProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose your country."),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address."),
  password: z.string().min(1, "Enter your password."),
});

export const waitlistSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address.")),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Unknown country."),
});
