import { z } from "zod";
import { MESSAGE_POLICIES } from "@/db/schema/enums";
import { passwordProblem } from "@/lib/auth/validation";

const email = z.string().trim().toLowerCase().max(254, "common.emailTooLong").pipe(z.email("common.validEmail"));
const currentPassword = z.string().min(1, "account.currentPasswordRequired").max(200, "account.wrongPassword");

export const profileSchema = z.object({
  name: z.string().trim().min(1, "common.displayNameRequired").max(60, "common.displayNameMax"),
  bio: z.string().trim().max(500, "common.bioMax"),
});

export const emailChangeSchema = z.object({ email, currentPassword });

/** A new password twice; the rules sign-up uses. */
const newPassword = z
  .object({ password: z.string(), confirm: z.string() })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.password !== value.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "account.passwordsDiffer" });
  });

export const passwordChangeSchema = z.intersection(z.object({ currentPassword }), newPassword);
export const passwordResetSchema = z.intersection(z.object({ token: z.string().min(20, "account.linkInvalid").max(100, "account.linkInvalid") }), newPassword);
export const forgotPasswordSchema = z.object({ email });

export const countrySchema = z.object({ country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "common.chooseYourCountry") });

/** One privacy setting at a time (each is its own switch on the page). */
export const privacySchema = z.discriminatedUnion("setting", [
  z.object({ setting: z.literal("messagePolicy"), value: z.enum(MESSAGE_POLICIES, "account.chooseMessagePolicy") }),
  z.object({ setting: z.enum(["hideFollows", "personalizationOff", "isPrivate", "federate"]), value: z.boolean() }),
]);

export const deleteAccountSchema = z.object({
  currentPassword,
  confirm: z.string().trim().refine((v) => v.toUpperCase() === "DELETE", "account.typeDelete"),
});
