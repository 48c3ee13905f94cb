import fs from "node:fs";
import { unzipSync } from "fflate";
import { expect, test, type Browser } from "@playwright/test";
import { linkIn, mailTo, signIn, signUp, createArtistPage } from "./fixtures";

/** A second, separate browser signed in as the same person (another device). */
async function otherDevice(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { context, page };
}

test("changing the password signs the other device out; the new password works, the old one does not", async ({ browser, page }) => {
  const user = await signUp(page);
  const laptop = await otherDevice(browser, user.email, user.password);
  await laptop.page.goto("/settings");
  await expect(laptop.page.getByRole("heading", { name: "Account" })).toBeVisible();

  await page.goto("/settings");
  // A wrong current password is refused and nothing changes.
  await page.locator("#current-password").fill("not-my-password-1");
  await page.getByLabel("New password", { exact: true }).fill("brand-new-pass-7");
  await page.getByLabel("New password again").fill("brand-new-pass-7");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.locator("#current-password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("brand-new-pass-7");
  await page.getByLabel("New password again").fill("brand-new-pass-7");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. You were signed out everywhere else.")).toBeVisible();

  // This device stays signed in; the laptop is sent to sign in.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  // The laptop's old cookie is no session anywhere, /api/auth/session included; this device's is.
  expect(await (await laptop.page.request.get("/api/auth/session")).json()).toBeNull();
  expect((await (await page.request.get("/api/auth/session")).json())?.user?.email).toBe(user.email);
  await laptop.page.goto("/settings");
  await expect(laptop.page).toHaveURL(/\/signin/);
  await laptop.page.getByLabel("Email").fill(user.email);
  await laptop.page.getByLabel("Password").fill(user.password);
  await laptop.page.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop.page.getByText("That email and password do not match an account.")).toBeVisible();
  await laptop.page.getByLabel("Password").fill("brand-new-pass-7");
  await laptop.page.getByRole("button", { name: "Sign in" }).click();
  await expect(laptop.page).toHaveURL(/\/settings/);
  await laptop.context.close();
});

test("forgot password: the emailed link sets a new one once and signs in", async ({ page }) => {
  const user = await signUp(page);
  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(`If an account uses ${user.email}, we sent it a link`)).toBeVisible();

  const mail = await mailTo(user.email, /new Chorus password/);
  const link = linkIn(mail.text);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("after-reset-42");
  await page.getByLabel("New password again").fill("after-reset-4");
  await page.getByRole("button", { name: "Save and sign in" }).click();
  await expect(page.locator("#confirm-error")).toHaveText("The two passwords are not the same.");
  await page.getByLabel("New password", { exact: true }).fill("after-reset-42");
  await page.getByLabel("New password again").fill("after-reset-42");
  await page.getByRole("button", { name: "Save and sign in" }).click();
  await expect(page).toHaveURL(/passwordReset=1/);

  // The link is spent.
  await page.goto(link);
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, user.email, "after-reset-42");
});

test("email change is confirmed from the new address; privacy settings say what they do and take effect", async ({ browser, page }) => {
  const user = await signUp(page);
  await page.goto("/settings");
  const fresh = `new_${user.email}`;
  await page.getByLabel("New email").fill(fresh);
  await page.locator("#email-current-password").fill(user.password);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText(`We sent a link to ${fresh}.`)).toBeVisible();
  await page.goto(linkIn((await mailTo(fresh, /Confirm your new email/)).text));
  await page.getByRole("button", { name: "Use this email" }).click();
  await expect(page.getByText(`You sign in with ${fresh} from now on.`)).toBeVisible();
  await expect.poll(async () => (await mailTo(user.email, /email address was changed/)).text).toContain(fresh);

  // Keep my follows private: the effect is said on the page, and another person sees the lists hidden.
  await page.goto("/settings/privacy");
  const hide = page.getByRole("switch", { name: "Keep my follows private" });
  await expect(hide).toHaveAttribute("aria-checked", "false");
  await hide.click();
  await expect(hide).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveCount(1);
  await expect(page.getByText("Only you see whom you follow and who follows you.")).toBeVisible();
  await page.getByLabel(/^Nobody/).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveCount(2);
  await page.reload();
  await expect(page.getByRole("switch", { name: "Keep my follows private" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByLabel(/^Nobody/)).toBeChecked();

  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  const stranger = await signUp(v);
  await v.goto(`/@${user.handle}/following`);
  await expect(v.getByText(`keeps their follows private`)).toBeVisible();
  await v.goto(`/messages?to=${user.handle}`);
  await v.getByLabel("Message", { exact: true }).fill("hello there");
  await v.getByRole("button", { name: "Send", exact: true }).click();
  await expect(v.getByRole("alert").filter({ hasText: "only takes messages from people they follow" })).toBeVisible();
  // Muting from the profile menu lists them under Blocked and muted, where it is undone.
  await page.goto(`/@${stranger.handle}`);
  await page.getByRole("button", { name: /More options for/ }).click();
  await page.getByRole("button", { name: /^Mute / }).click();
  await expect(page.getByText("Muted. Their posts stay out of your stream; they are not told.")).toBeVisible();
  await page.goto("/settings/blocked");
  await page.getByRole("button", { name: `Unmute ${stranger.name}` }).click();
  await expect(page.getByText("You have not muted anyone")).toBeVisible();
  await visitor.close();
});

test("download my data: the archive is built with progress and holds the account's data", async ({ page }) => {
  const user = await signUp(page);
  await page.goto("/@novalane");
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  // Enabled again once the server has answered: leaving sooner would cancel the follow.
  await expect(page.getByRole("button", { name: "Following" })).toBeEnabled();
  await page.goto("/settings/data");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await page.getByRole("button", { name: "Download my data" }).click();
  const download = page.getByRole("link", { name: /Download archive/ });
  await expect(download).toBeVisible({ timeout: 30_000 });
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^chorus-data-${user.handle}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const zip = unzipSync(fs.readFileSync(await file.path()));
  const data = JSON.parse(new TextDecoder().decode(zip["data.json"]));
  expect(data.account.email).toBe(user.email);
  expect(data.follows.following.map((f: { profile: string }) => f.profile)).toContain("@novalane");
  // Someone else cannot fetch it.
  const url = await download.getAttribute("href");
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(url!)).status()).toBe(404);
  await anonymous.close();
});

test("deleting the account: signed out at once, and signing in within 14 days keeps it", async ({ page }) => {
  const user = await signUp(page);
  await page.goto("/settings/data");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Your password").fill(user.password);
  await page.getByLabel("Type DELETE to confirm").fill("delete please");
  await page.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(page.locator("#delete-confirm-error")).toHaveText("Type DELETE to confirm.");
  await page.getByLabel("Your password").fill(user.password);
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account", exact: true }).click();
  await expect(page).toHaveURL(/\/signin\?deletion=scheduled/);
  await expect(page.getByText("Your account will be deleted in 14 days.")).toBeVisible();
  expect((await mailTo(user.email, /will be deleted/)).text).toContain("Sign in before then");
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin/);

  await signIn(page, user.email, user.password);
  await page.goto("/notifications");
  await expect(page.getByText("Welcome back: your account will not be deleted.")).toBeVisible();
  await page.goto("/settings/data");
  await expect(page.getByRole("button", { name: "Delete my account…" })).toBeVisible();
  await page.goto(`/@${user.handle}`);
  await expect(page.getByRole("heading", { name: user.name })).toBeVisible();
});

test("before deleting the account, its owner chooses which admin takes over a page, or to delete it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUp(page);
  const { studioUrl } = await createArtistPage(page, "Heirloom Band", "heir_");
  const admins: { name: string; handle: string }[] = [];
  for (let n = 0; n < 2; n++) {
    const context = await browser.newContext();
    const mate = await context.newPage();
    const user = await signUp(mate);
    await page.goto(`${studioUrl}/team`);
    const invite = page.locator("form", { has: page.getByLabel("Their handle") });
    await invite.getByLabel("Their handle").fill(`@${user.handle}`);
    await invite.getByLabel("Role").selectOption("admin");
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByText(`Invited @${user.handle} as an admin. They join when they accept.`)).toBeVisible();
    await mate.goto("/notifications");
    await mate.getByRole("button", { name: "Accept: Heirloom Band" }).click();
    await expect(mate.getByRole("region", { name: "Waiting for your answer" })).toHaveCount(0);
    admins.push(user);
    await context.close();
  }

  await page.goto("/settings/data");
  const pages = page.locator("li", { hasText: "Heirloom Band" });
  await expect(pages.getByText(`goes to ${admins[0].name}, its longest-serving admin.`)).toBeVisible();
  const choice = page.getByLabel("Who takes over Heirloom Band");
  await choice.selectOption({ label: admins[1].name });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`${admins[1].name} will take over Heirloom Band.`)).toBeVisible();
  await page.reload();
  await expect(pages.getByText(`goes to ${admins[1].name}, as you chose.`)).toBeVisible();
  await expect(page.getByLabel("Who takes over Heirloom Band")).toHaveValue(/.+/);
  await page.getByLabel("Who takes over Heirloom Band").selectOption("delete");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Heirloom Band will be deleted with your account.")).toBeVisible();
  await page.reload();
  await expect(pages.getByText("is deleted, as you chose.")).toBeVisible();
});
