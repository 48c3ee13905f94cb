import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures";

test("the discovery feed: one item per screen with a reason; a video plays in view and pauses when scrolled away; follow from the feed", async ({ page }) => {
  await signUp(page);
  await page.goto("/discover");
  const items = page.getByTestId("discover-item");
  await expect(items.first()).toBeVisible();
  await expect(items.first().getByTestId("discover-reason")).not.toBeEmpty();

  // Step with j until a video fills the screen.
  const activeItem = page.locator('[data-testid="discover-item"][data-active="true"]');
  let guard = 0;
  while ((await activeItem.locator("video").count()) === 0 && guard++ < 12) {
    await page.keyboard.press("j");
    await page.waitForTimeout(700);
  }
  const video = activeItem.locator("video");
  await expect(video).toHaveCount(1);
  const key = await activeItem.getAttribute("data-key");
  const current = page.locator(`[data-key="${key}"] video`);
  await expect.poll(() => current.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0), { timeout: 10_000 }).toBe(true);

  // Follow the creator from the feed.
  const creator = await page.locator(`[data-key="${key}"] a[href^="/@"]`).first().getAttribute("href");
  await page.locator(`[data-key="${key}"]`).getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.locator(`[data-key="${key}"]`).getByRole("button", { name: "Following" })).toBeEnabled();

  // Scrolling on pauses it.
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => current.evaluate((v: HTMLVideoElement) => v.paused), { timeout: 10_000 }).toBe(true);
  await expect(page.locator(`[data-key="${key}"]`)).toHaveAttribute("data-active", "false");

  // The follow shows on the creator's profile.
  await page.goto(creator!);
  await expect(page.getByRole("button", { name: "Following" })).toBeVisible();
});

test("signed out, /discover is a general feed that still explains itself", async ({ page }) => {
  await page.goto("/discover");
  const reasons = page.getByTestId("discover-reason");
  await expect(reasons.first()).toBeVisible();
  await expect(reasons.first()).toHaveText(/^(Popular on Chorus|New artist in .+)$/);
});

test("a new listener follows one artist they know, and Discover explains its picks from the artists that artist's listeners follow", async ({ page }) => {
  await signUp(page);
  await page.goto("/");
  // The first steps on the home page: follow the most followed artist.
  const suggested = page.locator("section", { hasText: "Suggested for you" }).first();
  const row = suggested.getByRole("button", { name: "Follow", exact: true }).first();
  const name = (await suggested.locator('a[href^="/@"] p').first().innerText()).trim();
  await row.click();
  await expect(suggested.getByRole("button", { name: "Following" }).first()).toBeEnabled();

  // The worker keeps creator neighbours fresh; the page names the followed artist as the reason.
  await page.goto("/discover");
  const reasons = page.getByTestId("discover-reason");
  await expect(reasons.first()).toBeVisible();
  await expect.poll(async () => (await reasons.allTextContents()).some((r) => r === `Because you follow ${name}`), { timeout: 5_000 }).toBe(true);
  // Every reason is one the page can stand behind.
  for (const r of await reasons.allTextContents()) expect(r).toMatch(/^(Because you (follow|liked) .+|Followed by .+|Fans of artists you follow listen to .+|More .+|From .+|New artist in .+|Popular on Chorus|Picked to widen your mix)$/);
});

test("a new listener says what they listen to; Discover starts from it before any follow", async ({ page }) => {
  await signUp(page);
  await page.goto("/");
  const picker = page.getByRole("group", { name: "What do you listen to?" });
  await picker.getByText("indie pop", { exact: true }).click();
  await expect(picker.getByRole("checkbox", { name: "indie pop" })).toBeChecked();
  await page.getByRole("button", { name: "Save genres" }).click();
  await expect(page.getByText("Saved. Discover starts from these.")).toBeVisible();
  // The suggestions below start from it too, and it stays picked after a reload.
  await page.reload();
  await expect(page.getByRole("group", { name: "What do you listen to?" }).getByRole("checkbox", { name: "indie pop" })).toBeChecked();
  await expect(page.getByRole("navigation", { name: "Genres" }).getByRole("link", { name: "indie pop", exact: true })).toHaveAttribute("aria-current", "true");

  await page.goto("/discover");
  const reasons = page.getByTestId("discover-reason");
  await expect(reasons.first()).toBeVisible();
  await expect.poll(async () => (await reasons.allTextContents()).filter((r) => r.includes("indie pop")).length).toBeGreaterThanOrEqual(2);

  // Changed later in Settings › Privacy.
  await page.goto("/settings/privacy");
  const again = page.getByRole("group", { name: "What do you listen to?" });
  await expect(again.getByRole("checkbox", { name: "indie pop" })).toBeChecked();
  await again.locator("label").filter({ hasText: /^\W*indie pop$/ }).click();
  await expect(again.getByRole("checkbox", { name: "indie pop" })).not.toBeChecked();
  await page.getByRole("button", { name: "Save genres" }).click();
  await expect(page.getByText("Cleared.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: "What do you listen to?" }).getByRole("checkbox", { name: "indie pop" })).not.toBeChecked();
});
