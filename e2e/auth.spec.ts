import { expect, test } from "@playwright/test";
import { DEMO, fillSignUp, newUser, signIn, signUp } from "./fixtures";

test("a new visitor signs up, lands signed in, signs out and back in", async ({ page }) => {
  const user = await signUp(page);
  await expect(page.getByRole("heading", { name: "Home" })).toBeVisible();
  await expect(page.getByText(`@${user.handle}`).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Follow the music/ })).toBeVisible();

  await signIn(page, user.email, user.password);
  await expect(page.getByText(`@${user.handle}`).first()).toBeVisible();
});

test("sign-in with a wrong password says so and keeps the email", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO.listener);
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.listener);
  await expect(page).toHaveURL(/\/signin/);
});

test("sign-up refuses a duplicate email, a weak password and a bad handle, keeping what was typed", async ({ page }) => {
  await page.goto("/signup");
  const user = newUser({ email: DEMO.listener, password: "short", handle: "bad-handle!" });
  await fillSignUp(page, user);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 8 characters.")).toBeVisible();
  await expect(page.getByText("Handle may use only letters, digits and underscores.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue(user.name);
  await expect(page.getByLabel("Handle")).toHaveValue("bad-handle!");

  // Fix the password and handle: now the duplicate email is the problem.
  await page.getByLabel("Password").fill("loud-music-2026");
  await page.getByLabel("Handle").fill(newUser().handle);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead?").first()).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.listener);

  // A reserved word and a taken handle are refused too.
  await page.getByLabel("Email").fill(newUser().email);
  await page.getByLabel("Password").fill("loud-music-2026");
  await page.getByLabel("Handle").fill("studio");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/"studio" is reserved/)).toBeVisible();
  await page.getByLabel("Password").fill("loud-music-2026");
  await page.getByLabel("Handle").fill("NovaLane");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("@NovaLane is taken. Please pick another handle.").first()).toBeVisible();
});

test.describe("from an unsupported market", () => {
  test.use({ extraHTTPHeaders: { "x-test-country": "KP" } });

  test("sign-up is refused with a waitlist instead of an account", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.getByRole("heading", { name: "Chorus is not yet available in your market" })).toBeVisible();
    await expect(page.getByLabel("Handle")).toHaveCount(0);
    await page.getByLabel("Email").fill("hopeful@example.com");
    await page.getByRole("button", { name: "Tell me when Chorus launches" }).click();
    await expect(page.getByRole("status")).toContainText("We will email hopeful@example.com when Chorus launches in North Korea.");
  });
});

test("a supported-market header shows the normal sign-up form", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-test-country": "FR" } });
  const page = await context.newPage();
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expect(page.getByLabel("Country")).toHaveValue("FR");
  await context.close();
});
