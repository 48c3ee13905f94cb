"use server";

import { eq } from "drizzle-orm";
import { AuthError } from "next-auth";
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

const WRONG_PASSWORD = "That is not your current password.";
const profileId = z.string().min(1).max(40);

async function emailOf(userId: string): Promise<string> {
  return (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1))[0]?.email ?? "";
}

export const updateProfileAction = formAction(
  { name: "account.profile", signIn: "Sign in again to save.", input: profileSchema, echo: ["name", "bio"] as const, limits: [{ name: "settings" }], revalidate: () => ["/"], changes: (_i, { viewer }) => ({ profiles: [viewer.profile.id] }) },
  async (input, { viewer }): Promise<ActionState<"name" | "bio">> => {
    await updateListenerProfile(db, viewer.profile.id, input);
    return { ok: true, message: "Profile saved." };
  },
);

export const changeEmailAction = formAction(
  { name: "account.email", signIn: "Sign in again to change your email.", input: emailChangeSchema, echo: ["email"] as const, limits: [{ name: "accountSecurity" }] },
  async (input, { viewer }): Promise<ActionState<"email" | "currentPassword">> => {
    if (!(await checkPassword(db, viewer.userId, input.currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
    if (input.email === (await emailOf(viewer.userId))) return { ok: false, fieldErrors: { email: "That is already your email address." } };
    if (await emailTaken(db, input.email)) return { ok: false, fieldErrors: { email: "Another account uses that address." } };
    const token = await startEmailChange(db, viewer.userId, input.email);
    await sendMail({
      to: input.email,
      subject: "Confirm your new email address for Chorus",
      text: `Someone (we hope you) asked to use this address for the Chorus account @${viewer.profile.handle}.\n\nConfirm it within 24 hours:\n${siteOrigin()}/settings/email/confirm?token=${token}\n\nIf it was not you, ignore this email: nothing changes.`,
    });
    return { ok: true, message: `We sent a link to ${input.email}. Your email changes when you open it.`, values: {} };
  },
);

export const confirmEmailAction = formAction(
  { name: "account.emailConfirm", access: "public", input: z.object({ token: z.string().min(20).max(100) }), invalid: "This link is not valid.", limits: [{ name: "passwordResetPerIp", per: "ip" }] },
  async (input): Promise<ActionState<"token">> => {
    const result = await confirmEmailChange(db, input.token);
    if (!result.ok) return result;
    await sendMail({
      to: result.oldEmail,
      subject: "Your Chorus email address was changed",
      text: `Your Chorus account now signs in with ${result.newEmail}.\n\nIf you did not do this, reset your password at ${siteOrigin()}/forgot-password and write to the people who run this Chorus.`,
    });
    return { ok: true, message: `Done. You sign in with ${result.newEmail} from now on.` };
  },
);

export const changePasswordAction = formAction(
  { name: "account.password", signIn: "Sign in again to change your password.", input: passwordChangeSchema, limits: [{ name: "accountSecurity" }] },
  async (input, { viewer }): Promise<ActionState<"currentPassword" | "password" | "confirm">> => {
    if (!(await checkPassword(db, viewer.userId, input.currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
    await setPassword(db, viewer.userId, input.password);
    // Every session is signed out by the new version; this one signs in again with the new password and says so.
    await signIn("credentials", { email: await emailOf(viewer.userId), password: input.password, redirectTo: "/settings?changed=password" });
    return { ok: true };
  },
);

export const signOutEverywhereAction = action({ name: "account.signOutEverywhere", signIn: "You are signed out.", input: z.unknown() }, async (_input, { viewer }) => {
  await signOutEverywhere(db, viewer.userId);
  await signOut({ redirectTo: "/signin?signedOut=everywhere" });
  return { ok: true };
});

export const countryAction = formAction(
  { name: "account.country", signIn: "Sign in again to save.", input: countrySchema, echo: ["country"] as const, limits: [{ name: "settings" }], revalidate: () => ["/"] },
  async (input, { viewer }): Promise<ActionState<"country">> => {
    // Orders, prices and concerts near you follow the country, so only a market Chorus serves.
    if (!isSupportedMarket(input.country)) return { ok: false, fieldErrors: { country: `Chorus is not available in ${countryName(input.country)} yet.` } };
    await db.update(users).set({ country: input.country }).where(eq(users.id, viewer.userId));
    return { ok: true, message: `Country set to ${countryName(input.country)}.` };
  },
);

export const privacyAction = action(
  { name: "account.privacy", signIn: "Sign in again to change this.", input: privacySchema, limits: [{ name: "settings" }], revalidate: () => ["/"], changes: (_i, { viewer }) => ({ profiles: [viewer.profile.id] }) },
  async (input, { viewer }) => {
    await setPrivacy(db, { userId: viewer.userId, profileId: viewer.profile.id }, input);
    return { ok: true, message: "Saved." };
  },
);

export const muteAction = action(
  { name: "account.mute", signIn: "Sign in to mute.", input: z.object({ profileId, mute: z.boolean() }), limits: [{ name: "block" }], revalidate: () => ["/feed", "/settings/blocked"] },
  async (input, { viewer }) => {
    if (input.profileId === viewer.profile.id) return { ok: false, message: "You cannot mute yourself." };
    if (!(await profileExists(input.profileId))) return { ok: false, message: "That profile does not exist." };
    await setMute(db, viewer.profile.id, input.profileId, input.mute);
    return { ok: true, message: input.mute ? "Muted. Their posts stay out of your stream; they are not told." : "Unmuted." };
  },
);

export const answerFollowRequestAction = action(
  { name: "account.followRequest", signIn: "Sign in again to answer.", input: z.object({ profileId, approve: z.boolean() }), limits: [{ name: "follow" }], revalidate: () => ["/settings/privacy"] },
  async (input, { viewer }) => answerFollowRequest(db, viewer.profile.id, input.profileId, input.approve),
);

export const forgotPasswordAction = formAction(
  { name: "account.forgotPassword", access: "public", input: forgotPasswordSchema, echo: ["email"] as const, limits: [{ name: "passwordResetPerIp", per: "ip" }] },
  async (input): Promise<ActionState<"email">> => {
    const sent = `If an account uses ${input.email}, we sent it a link to choose a new password. It works for 30 minutes, once.`;
    // At most three mails an hour to one address, whoever asks.
    if (!(await hitRateLimit(db, `reset-mail:${input.email}`, { limit: 3, windowMs: 3_600_000 })).allowed) return { ok: true, message: sent };
    const reset = await passwordResetFor(db, input.email);
    // Sent without waiting, so an address with an account is not told apart by a slower answer.
    if (reset) {
      void sendMail({
        to: reset.email,
        subject: "Choose a new Chorus password",
        text: `Someone (we hope you) asked to reset the password of your Chorus account.\n\nChoose a new one within 30 minutes:\n${siteOrigin()}/reset-password?token=${reset.token}\n\nIf it was not you, ignore this email: your password stays as it is.`,
      }).catch((error: unknown) => console.error("mail: password reset not sent", error));
    }
    return { ok: true, message: sent };
  },
);

export const resetPasswordAction = formAction(
  { name: "account.resetPassword", access: "public", input: passwordResetSchema, limits: [{ name: "passwordResetPerIp", per: "ip" }] },
  async (input): Promise<ActionState<"password" | "confirm" | "token">> => {
    const result = await resetPassword(db, input.token, input.password);
    if (!result.ok) return { ok: false, message: "This link has expired or was already used. Ask for a new one." };
    // Signed in with the new password (which also cancels a pending deletion).
    try {
      await signIn("credentials", { email: result.email, password: input.password, redirectTo: "/?passwordReset=1" });
    } catch (error) {
      if (error instanceof AuthError) return { ok: true, message: "Password changed. Sign in with it when your account may sign in again." };
      throw error; // Next's redirect on success
    }
    return { ok: true };
  },
);

/** Who takes over one of your pages if your account is deleted: one of its admins, or "delete". */
export const pageHeirAction = formAction(
  {
    name: "account.pageHeir",
    signIn: "Sign in again to choose.",
    input: z.object({ pageId: profileId, heir: z.string().min(1, "Choose who takes over.").max(40) }),
    limits: [{ name: "settings" }],
    revalidate: () => ["/settings/data"],
  },
  async (input, { viewer }): Promise<ActionState<"heir">> => {
    const r = await choosePageHeir(db, viewer.userId, input.pageId, input.heir);
    return r.ok ? { ok: true, message: r.message } : { ok: false, message: r.message };
  },
);

export const deleteAccountAction = formAction(
  { name: "account.delete", signIn: "Sign in again to delete your account.", input: deleteAccountSchema, echo: ["confirm"] as const, limits: [{ name: "accountSecurity" }] },
  async (input, { viewer }): Promise<ActionState<"currentPassword" | "confirm">> => {
    if (!(await checkPassword(db, viewer.userId, input.currentPassword))) return { ok: false, fieldErrors: { currentPassword: WRONG_PASSWORD } };
    const email = await emailOf(viewer.userId);
    const when = await requestDeletion(db, viewer.userId);
    const day = when.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    await sendMail({
      to: email,
      subject: "Your Chorus account will be deleted",
      text: `Your Chorus account @${viewer.profile.handle} will be deleted on ${day}.\n\nChanged your mind? Sign in before then and it stays: ${siteOrigin()}/signin`,
    });
    await signOut({ redirectTo: "/signin?deletion=scheduled" });
    return { ok: true };
  },
);

export const startExportAction = action(
  { name: "account.export", signIn: "Sign in to download your data.", input: z.unknown(), limits: [{ name: "dataExport" }], revalidate: () => ["/settings/data"] },
  async (_input, { viewer }) => {
    const started = await startExport(db, viewer.userId);
    if (!started.ok) return started;
    return { ok: true, message: "We are putting your archive together. This page shows the progress." };
  },
);
