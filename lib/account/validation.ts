import { z } from "zod";
import { MESSAGE_POLICIES } from "@/db/schema/enums";
import { passwordProblem } from "@/lib/auth/validation";

const email = z.string().trim().toLowerCase().max(254, "Email is too long.").pipe(z.email("Enter a valid email address."));
const currentPassword = z.string().min(1, "Enter your current password.").max(200, "That is not your current password.");

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter a display name.").max(60, "Display name must be at most 60 characters."),
  bio: z.string().trim().max(500, "Bio must be at most 500 characters."),
});

export const emailChangeSchema = z.object({ email, currentPassword });

/** A new password twice; the rules sign-up uses. */
const newPassword = z
  .object({ password: z.string(), confirm: z.string() })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.password !== value.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "The two passwords are not the same." });
  });

export const passwordChangeSchema = z.intersection(z.object({ currentPassword }), newPassword);
export const passwordResetSchema = z.intersection(z.object({ token: z.string().min(20, "This link is not valid.").max(100, "This link is not valid.") }), newPassword);
export const forgotPasswordSchema = z.object({ email });

export const countrySchema = z.object({ country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose your country.") });

/** One privacy setting at a time (each is its own switch on the page). */
export const privacySchema = z.discriminatedUnion("setting", [
  z.object({ setting: z.literal("messagePolicy"), value: z.enum(MESSAGE_POLICIES, "Choose who can message you.") }),
  z.object({ setting: z.enum(["hideFollows", "personalizationOff", "isPrivate", "federate"]), value: z.boolean() }),
]);

export const deleteAccountSchema = z.object({
  currentPassword,
  confirm: z.string().trim().refine((v) => v.toUpperCase() === "DELETE", "Type DELETE to confirm."),
});
