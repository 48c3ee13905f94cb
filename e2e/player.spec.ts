import { expect, test, type Page } from "@playwright/test";
import { HOST_URL, signUp } from "./fixtures";

const seconds = (text: string) => {
  const [m, s] = text.split(":").map(Number);
  return m * 60 + s;
};

async function playFirstTrackOf(page: Page, handle: string) {
  await page.goto(`/@${handle}`);
  await page.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  const dock = page.getByRole("region", { name: "Player" });
  await expect(dock.getByRole("button", { name: "Pause" })).toBeVisible();
  return dock;
}

test("two Chorus embeds on one website: starting one pauses the other", async ({ page }) => {
  await page.goto("/@kitomensah");
  const ids = await page.getByTestId("track-list").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.split("/").pop()!));
  expect(ids.length).toBeGreaterThanOrEqual(2);
  await page.goto(`${HOST_URL}/players?track=${ids[0]}&track2=${ids[1]}`);
  const first = page.frameLocator("#first");
  const second = page.frameLocator("#second");
  await first.getByRole("button", { name: /^Play / }).click();
  await expect(first.getByRole("button", { name: /^Pause / })).toBeVisible();
  await second.getByRole("button", { name: /^Play / }).click();
  await expect(second.getByRole("button", { name: /^Pause / })).toBeVisible();
  await expect(first.getByRole("button", { name: /^Play / })).toBeVisible();
});

test("a reload keeps the player: same track, same place, same queue (paused)", async ({ page }) => {
  const dock = await playFirstTrackOf(page, "kitomensah");
  const title = await page.getByTestId("now-playing").innerText();
  await dock.getByRole("slider", { name: "Seek" }).fill("9");
  await expect.poll(async () => seconds(await page.getByTestId("player-time").innerText())).toBeGreaterThanOrEqual(9);
  await page.goto("/@amelieroux");
  // The new page restores the player (paused) from what the last one saved; a listener sees it before acting.
  await expect(page.getByTestId("now-playing")).toHaveText(title);
  await expect(dock.getByRole("button", { name: "Play", exact: true })).toBeVisible();
  const added = (await page.getByRole("button", { name: /^Add .* to queue$/ }).first().getAttribute("aria-label"))!.replace(/^Add | to queue$/g, "");
  await page.getByRole("button", { name: /^Add .* to queue$/ }).first().click();
  await page.keyboard.press("Space");
  await expect(dock.getByRole("button", { name: "Play", exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("now-playing")).toHaveText(title);
  await expect(dock.getByRole("button", { name: "Play", exact: true })).toBeVisible();
  await expect.poll(async () => seconds(await page.getByTestId("player-time").innerText())).toBeGreaterThanOrEqual(8);
  await dock.getByRole("button", { name: /^Queue/ }).click();
  await expect(page.getByTestId("up-next")).toContainText(added);
  // It plays from where it was, with a fresh (still valid) audio URL.
  await dock.getByRole("button", { name: "Play", exact: true }).click();
  await expect(dock.getByRole("button", { name: "Pause" })).toBeVisible();
  expect(await page.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(8);
});

test("the queue says what it did, refuses accidental duplicates, keeps Up next apart and closes like a menu", async ({ page }) => {
  const dock = await playFirstTrackOf(page, "kitomensah");
  const playing = await page.getByTestId("now-playing").innerText();
  await page.goto("/@amelieroux");
  // A full page load: the player comes back (paused) with what it was playing.
  await expect(page.getByTestId("now-playing")).toHaveText(playing);
  const add = page.getByRole("button", { name: /^Add .* to queue$/ }).nth(1);
  const name = (await add.getAttribute("aria-label"))!.replace(/^Add | to queue$/g, "");
  await add.click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${name} to your queue` })).toBeVisible();
  await add.click();
  await expect(page.getByRole("status").filter({ hasText: `${name} is already in your queue` })).toBeVisible();

  // Playing something else keeps the hand-made queue, and names what it plays from.
  await page.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  const queueButton = dock.getByRole("button", { name: /^Queue/ });
  await queueButton.click();
  const panel = page.getByRole("dialog", { name: "Queue" });
  await expect(panel.getByTestId("up-next").getByRole("listitem")).toHaveCount(1);
  await expect(panel.getByTestId("up-next")).toContainText(name);
  await expect(panel).toContainText("Playing from Amélie Roux");

  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(queueButton).toBeFocused();
  await queueButton.click();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(panel).toBeHidden();
});

test("? lists the player's shortcuts; the volume has a name; the dock has a heart", async ({ page }) => {
  await signUp(page);
  const dock = await playFirstTrackOf(page, "kitomensah");
  await expect(dock.getByRole("slider", { name: "Volume" })).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Shift+Slash");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toContainText("Play or pause");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  const title = await page.getByTestId("now-playing").innerText();
  const heart = dock.getByRole("button", { name: `Like ${title}` });
  await heart.click();
  await expect(dock.getByRole("button", { name: `Unlike ${title}` })).toHaveAttribute("aria-pressed", "true");
  await expect(dock.getByRole("button", { name: `Unlike ${title}` })).not.toHaveAttribute("aria-busy", "true");
  // The track page agrees: one like, from the dock.
  await page.getByTestId("now-playing").click();
  await expect(page.getByRole("main").getByRole("button", { name: `Unlike ${title}` })).toBeVisible();
});

test("release pages have a heart per track", async ({ page }) => {
  await signUp(page);
  await page.goto("/@kitomensah");
  await page.getByRole("region", { name: "Releases" }).getByRole("link").first().click();
  const list = page.getByTestId("track-list");
  const first = list.getByRole("button", { name: /^Like / }).first();
  const label = (await first.getAttribute("aria-label"))!;
  await first.click();
  await expect(list.getByRole("button", { name: label.replace(/^Like/, "Unlike") })).toBeVisible();
  // The heart turns at once; reloading before the server has answered would cancel the like.
  await expect(list.getByRole("button", { name: label.replace(/^Like/, "Unlike") })).not.toHaveAttribute("aria-busy", "true");
  await page.reload();
  await expect(page.getByTestId("track-list").getByRole("button", { name: label.replace(/^Like/, "Unlike") })).toBeVisible();
});

test.describe("Discover on a desktop", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("j/k and arrows move the feed, never the page; the Share sheet does not shift the card", async ({ page }) => {
    await page.goto("/discover");
    const feed = page.getByTestId("discover-feed");
    await expect(page.getByTestId("discover-item").first()).toHaveAttribute("data-active", "true");
    await feed.focus();
    await page.keyboard.press("j");
    await expect(page.getByTestId("discover-item").nth(1)).toHaveAttribute("data-active", "true");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByTestId("discover-item").nth(2)).toHaveAttribute("data-active", "true");
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const card = page.locator('[data-testid="discover-item"][data-active="true"]');
    const before = await card.boundingBox();
    await card.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.getByRole("dialog", { name: "Share" })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await card.boundingBox()).toEqual(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe("Discover on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test("the player dock never covers the card", async ({ page }) => {
    await playFirstTrackOf(page, "kitomensah");
    await page.getByRole("navigation", { name: "Tabs" }).getByRole("link", { name: "Discover" }).click();
    const card = page.locator('[data-testid="discover-item"][data-active="true"]');
    await expect(card).toBeVisible();
    const dock = await page.getByRole("region", { name: "Player" }).boundingBox();
    const box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(dock!.y + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
