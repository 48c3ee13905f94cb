import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

const LINKS = [
  { name: "Home", heading: "Home" },
  { name: "Discover", heading: "Discover" },
  { name: "Concerts", heading: "Concerts" },
  { name: "Search", heading: "Search" },
  { name: "Library", heading: "Library" },
  { name: "Messages", heading: "Messages" },
  { name: /^Notifications/, heading: "Notifications" },
  { name: "Profile", heading: "Demo Listener" },
  { name: "Studio", heading: "Studio" },
];

test("every shell link opens a working page", async ({ page }) => {
  await signIn(page, DEMO.listener);
  const sidebar = page.getByRole("navigation", { name: "Main" });
  for (const link of LINKS) {
    await sidebar.getByRole("link", { name: link.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: link.heading })).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
  }
});

test("on a 360 px phone the tab bar and account menu reach every area", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page, DEMO.listener);
  const tabs = page.getByRole("navigation", { name: "Tabs" });
  await tabs.getByRole("link", { name: "Concerts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Concerts" })).toBeVisible();
  await page.getByLabel("Account menu").click();
  await page.getByRole("link", { name: "Studio" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Studio" })).toBeVisible();
  // Nothing overflows sideways, here or on the other busy screens.
  for (const path of ["/studio", "/concerts", "/messages", "/cart", "/orders", "/@kitomensah", "/notifications"]) {
    if (path !== "/studio") await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("the theme toggle switches between light and dark and remembers it", async ({ page }) => {
  await page.goto("/discover");
  const html = page.locator("html");
  const before = (await html.getAttribute("class"))?.includes("dark");
  await page.getByRole("button", { name: /Switch to (light|dark) theme/ }).first().click();
  await expect.poll(async () => (await html.getAttribute("class"))?.includes("dark")).toBe(!before);
  await page.reload();
  await expect.poll(async () => (await html.getAttribute("class"))?.includes("dark")).toBe(!before);
});

test("signed-out visitors are sent to sign in for private pages, then back", async ({ page }) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fnotifications/);
  await page.getByLabel("Email").fill(DEMO.listener);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
});

test("an unknown profile is a real 404", async ({ page }) => {
  const response = await page.goto("/@no_such_person_here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This profile does not exist" })).toBeVisible();
});
