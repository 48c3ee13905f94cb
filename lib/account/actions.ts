"use server";

import { eq } from "drizzle-orm";
import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { signIn, signOut } from "@/lib/auth/auth";
import type { ActionState } from "@/lib/forms/action-state";
import { sendMail } from "@/lib/mail/send";
import { isSupportedMarket } from "@/lib/markets/markets";
import { countryName } from "@/lib/markets/countries";
import { action, formAction } from "@/lib/mutations/guard";
import { hitRateLimit } from "@/lib/rate-limit";
import { profileExists } from "@/lib/profiles/queries";
import { siteOrigin } from "@/lib/site";
import { choosePageHeir, requestDeletion } from "./deletion";
import { answerFollowRequest } from "./private-profile";
import { startExport } from "./export";
import { checkPassword, passwordResetFor, resetPassword, setPassword, signOutEverywhere } from "./password";
import { confirmEmailChange, emailTaken, setMute, setPrivacy, startEmailChange, updateListenerProfile } from "./settings";
import {
  countrySchema,
  deleteAccountSchema,
  emailChangeSchema,
  forgotPasswordSchema,
  passwordChangeSchema,
  passwordResetSchema,
  privacySchema,
  profileSchema,
} from "./validation";

const WRONG_PASSWORD = "account.wrongPassword";
const profileId = z.string().min(1).max(40);

async function emailOf(userId: string): Promise<string> {
  return (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1))[0]?.email ?? "";
}

export const updateProfileAction = formAction(
  { name: "account.profile", signIn: "common.signInAgainToSave", input: profileSchema, echo: ["name", "bio"] as const, limits: [{ name: "settings" }], revalidate: () => ["/"], changes: (_i, { viewer }) => ({ profiles: [viewer.profile.id] }) },
  async (input, { viewer }): Promise<ActionState<"name" | "bio">> => {
    await updateListenerProfile(db, viewer.profile.id, input);
    return { ok: true, message: "account.profileSaved" };
  },
);

export const changeEmailAction = formAction(
  { name: "account.email", signIn: "account.signInToChangeEmail", input: emailChangeSchema, echo: ["email"] as const, limits: [{ name: "accountSecurity" }] },
  async (input, { viewer }): Promise<ActionState<"email" | "currentPassword">> => {
    if (!(await checkPassword(db, viewer.userId, input.currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
    if (input.email === (await emailOf(viewer.userId))) return { ok: false, fieldErrors: { email: "account.sameEmail" } };
    if (await emailTaken(db, input.email)) return { ok: false, fieldErrors: { email: "account.emailTaken" } };
    const token = await startEmailChange(db, viewer.userId, input.email);
    const t = await getTranslations("errors");
    await sendMail({
      to: input.email,
      subject: t("account.mail.confirmEmail.subject"),
      text: t("account.mail.confirmEmail.text", { handle: viewer.profile.handle, link: `${siteOrigin()}/settings/email/confirm?token=${token}` }),
    });
    return { ok: true, message: t("account.emailLinkSent", { email: input.email }), values: {} };
  },
);

export const confirmEmailAction = formAction(
  { name: "account.emailConfirm", access: "public", input: z.object({ token: z.string().min(20).max(100) }), invalid: "account.linkInvalid", limits: [{ name: "passwordResetPerIp", per: "ip" }] },
  async (input): Promise<ActionState<"token">> => {
    const result = await confirmEmailChange(db, input.token);
    if (!result.ok) return result;
    const t = await getTranslations("errors");
    await sendMail({
      to: result.oldEmail,
      subject: t("account.mail.emailChanged.subject"),
      text: t("account.mail.emailChanged.text", { email: result.newEmail, link: `${siteOrigin()}/forgot-password` }),
    });
    return { ok: true, message: t("account.emailChanged", { email: result.newEmail }) };
  },
);

export const changePasswordAction = formAction(
  { name: "account.password", signIn: "account.signInToChangePassword", input: passwordChangeSchema, limits: [{ name: "accountSecurity" }] },
  async (input, { viewer }): Promise<ActionState<"currentPassword" | "password" | "confirm">> => {
    if (!(await checkPassword(db, viewer.userId, input.currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
    await setPassword(db, viewer.userId, input.password);
    // Every session is signed out by the new version; this one signs in again with the new password and says so.
    await signIn("credentials", { email: await emailOf(viewer.userId), password: input.password, redirectTo: "/settings?changed=password" });
    return { ok: true };
  },
);

export const signOutEverywhereAction = action({ name: "account.signOutEverywhere", signIn: "account.signedOut", input: z.unknown() }, async (_input, { viewer }) => {
  await signOutEverywhere(db, viewer.userId);
  await signOut({ redirectTo: "/signin?signedOut=everywhere" });
  return { ok: true };
});

export const countryAction = formAction(
  { name: "account.country", signIn: "common.signInAgainToSave", input: countrySchema, echo: ["country"] as const, limits: [{ name: "settings" }], revalidate: () => ["/"] },
  async (input, { viewer }): Promise<ActionState<"country">> => {
    // Orders, prices and concerts near you follow the country, so only a market Chorus serves.
    const t = await getTranslations("errors");
    const country = countryName(input.country, await getLocale());
    if (!isSupportedMarket(input.country)) return { ok: false, fieldErrors: { country: t("account.countryUnavailable", { country }) } };
    await db.update(users).set({ country: input.country }).where(eq(users.id, viewer.userId));
    return { ok: true, message: t("account.countrySet", { country }) };
  },
);

export const privacyAction = action(
  { name: "account.privacy", signIn: "common.signInAgainToChange", input: privacySchema, limits: [{ name: "settings" }], revalidate: () => ["/"], changes: (_i, { viewer }) => ({ profiles: [viewer.profile.id] }) },
  async (input, { viewer }) => {
    await setPrivacy(db, { userId: viewer.userId, profileId: viewer.profile.id }, input);
    return { ok: true, message: "common.saved" };
  },
);

export const muteAction = action(
  { name: "account.mute", signIn: "account.signInToMute", input: z.object({ profileId, mute: z.boolean() }), limits: [{ name: "block" }], revalidate: () => ["/feed", "/settings/blocked"] },
  async (input, { viewer }) => {
    if (input.profileId === viewer.profile.id) return { ok: false, message: "account.cannotMuteSelf" };
    if (!(await profileExists(input.profileId))) return { ok: false, message: "common.profileNotFound" };
    await setMute(db, viewer.profile.id, input.profileId, input.mute);
    return { ok: true, message: input.mute ? "account.muted" : "account.unmuted" };
  },
);

export const answerFollowRequestAction = action(
  { name: "account.followRequest", signIn: "common.signInAgainToAnswer", input: z.object({ profileId, approve: z.boolean() }), limits: [{ name: "follow" }], revalidate: () => ["/settings/privacy"] },
  async (input, { viewer }) => answerFollowRequest(db, viewer.profile.id, input.profileId, input.approve),
);

export const forgotPasswordAction = formAction(
  { name: "account.forgotPassword", access: "public", input: forgotPasswordSchema, echo: ["email"] as const, limits: [{ name: "passwordResetPerIp", per: "ip" }] },
  async (input): Promise<ActionState<"email">> => {
    const t = await getTranslations("errors");
    const sent = t("account.resetLinkSent", { email: input.email });
    // At most three mails an hour to one address, whoever asks.
    if (!(await hitRateLimit(db, `reset-mail:${input.email}`, { limit: 3, windowMs: 3_600_000 })).allowed) return { ok: true, message: sent };
    const reset = await passwordResetFor(db, input.email);
    // Sent without waiting, so an address with an account is not told apart by a slower answer.
    if (reset) {
      void sendMail({
        to: reset.email,
        subject: t("account.mail.resetPassword.subject"),
        text: t("account.mail.resetPassword.text", { link: `${siteOrigin()}/reset-password?token=${reset.token}` }),
      }).catch((error: unknown) => console.error("mail: password reset not sent", error));
    }
    return { ok: true, message: sent };
  },
);

export const resetPasswordAction = formAction(
  { name: "account.resetPassword", access: "public", input: passwordResetSchema, limits: [{ name: "passwordResetPerIp", per: "ip" }] },
  async (input): Promise<ActionState<"password" | "confirm" | "token">> => {
    const result = await resetPassword(db, input.token, input.password);
    if (!result.ok) return { ok: false, message: "account.resetLinkExpired" };
    // Signed in with the new password (which also cancels a pending deletion).
    try {
      await signIn("credentials", { email: result.email, password: input.password, redirectTo: "/?passwordReset=1" });
    } catch (error) {
      if (error instanceof AuthError) return { ok: true, message: "account.passwordChangedSignInLater" };
      throw error; // Next's redirect on success
    }
    return { ok: true };
  },
);

/** Who takes over one of your pages if your account is deleted: one of its admins, or "delete". */
export const pageHeirAction = formAction(
  {
    name: "account.pageHeir",
    signIn: "account.signInToChoose",
    input: z.object({ pageId: profileId, heir: z.string().min(1, "account.chooseHeir").max(40) }),
    limits: [{ name: "settings" }],
    revalidate: () => ["/settings/data"],
  },
  async (input, { viewer }): Promise<ActionState<"heir">> => {
    const r = await choosePageHeir(db, viewer.userId, input.pageId, input.heir);
    return r.ok ? { ok: true, message: r.message } : { ok: false, message: r.message };
  },
);

export const deleteAccountAction = formAction(
  { name: "account.delete", signIn: "account.signInToDelete", input: deleteAccountSchema, echo: ["confirm"] as const, limits: [{ name: "accountSecurity" }] },
  async (input, { viewer }): Promise<ActionState<"currentPassword" | "confirm">> => {
    if (!(await checkPassword(db, viewer.userId, input.currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
    const email = await emailOf(viewer.userId);
    const when = await requestDeletion(db, viewer.userId);
    const locale = await getLocale();
    const day = when.toLocaleDateString(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const t = await getTranslations("errors");
    await sendMail({
      to: email,
      subject: t("account.mail.deletion.subject"),
      text: t("account.mail.deletion.text", { handle: viewer.profile.handle, day, link: `${siteOrigin()}/signin` }),
    });
    await signOut({ redirectTo: "/signin?deletion=scheduled" });
    return { ok: true };
  },
);

export const startExportAction = action(
  { name: "account.export", signIn: "account.signInToExport", input: z.unknown(), limits: [{ name: "dataExport" }], revalidate: () => ["/settings/data"] },
  async (_input, { viewer }) => {
    const started = await startExport(db, viewer.userId);
    if (!started.ok) return started;
    return { ok: true, message: "account.exportStarted" };
  },
);
