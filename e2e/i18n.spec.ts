import { expect, test } from "@playwright/test";
import { HOST_URL, signIn, signUp } from "./fixtures";

/**
 * Chorus speaks the visitor's language: French from a French browser (cached public
 * pages too), German once a user picks it in Settings (on every device they sign in
 * on), and embeds on another site follow their `lang`.
 */
test.describe("a browser in French", () => {
  test.use({ locale: "fr-FR" });

  test("lands on Chorus in French, public pages included", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("link", { name: "Découvrir" }).first()).toBeVisible();
    // A profile is served from the page cache: the French copy, not the English one.
    const response = await page.goto("/@novalane");
    expect(response?.headers()["vary"]).toContain("Accept-Language");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("button", { name: "Suivre" }).first()).toBeVisible();
    // Sign-in, with its errors, in French too.
    await page.goto("/signin");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Sign in/);
  });
});

test("a German user switches language in Settings, and it follows the account", async ({ page, browser }) => {
  const user = await signUp(page);
  await page.goto("/settings");
  await page.getByRole("combobox", { name: "Language" }).last().selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: "Konto", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Entdecken" }).first()).toBeVisible();
  // A fresh browser (in English) signed in to the same account speaks German.
  const other = await browser.newContext({ locale: "en-GB" });
  const second = await other.newPage();
  await signIn(second, user.email, user.password);
  await second.goto("/");
  await expect(second.locator("html")).toHaveAttribute("lang", "de");
  await expect(second.getByRole("link", { name: "Entdecken" }).first()).toBeVisible();
  // Back to automatic: English again in the English browser.
  await second.goto("/settings");
  await second.getByRole("combobox", { name: "Sprache" }).last().selectOption("auto");
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await other.close();
});

test("embeds on a third-party page follow lang", async ({ page }) => {
  await page.goto(`${HOST_URL}/german?handle=novalane`);
  for (const id of ["#script-de", "#iframe-de"]) {
    const frame = page.locator(`${id} iframe`).contentFrame();
    await expect(frame.locator("html")).toHaveAttribute("lang", "de");
    await expect(frame.getByRole("link", { name: /Folgen/ })).toBeVisible();
  }
  // Without lang, the visitor's browser decides.
  const french = await page.context().browser()!.newContext({ locale: "fr-FR" });
  const visitor = await french.newPage();
  await visitor.goto(`${HOST_URL}/embed?handle=novalane`);
  await expect(visitor.locator("#iframe-form iframe").contentFrame().locator("html")).toHaveAttribute("lang", "fr");
  await french.close();
});
