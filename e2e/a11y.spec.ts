import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

/**
 * WCAG 2.2 AA with axe on every main screen, signed out and signed in, in the light
 * and the dark theme: no serious or critical violation. Each screen's result is
 * written to test-results/a11y/<name>.json (rules that passed and failed).
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Screen = { name: string; path: string };

async function audit(page: Page, screen: Screen, theme: "light" | "dark"): Promise<string[]> {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
  // Live connections (counts, comments) keep the network busy: the page is audited once loaded and hydrated.
  await page.goto(screen.path, { waitUntil: "load" });
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`).join("\n    ")}`);
  return summary.map((line) => `${screen.name} (${theme}) ${screen.path}: ${line}`);
}

/** Every screen in both themes; all findings at once, so one run shows everything to fix. */
async function auditAll(page: Page, screens: Screen[]) {
  const found: string[] = [];
  for (const screen of screens) for (const theme of ["light", "dark"] as const) found.push(...(await audit(page, screen, theme)));
  expect(found).toEqual([]);
}

/** Links to one track, release, concert, product and playlist from the demo artist's page and the library. */
async function discoverPaths(page: Page): Promise<Screen[]> {
  await page.goto("/@novalane");
  const first = async (prefix: string) => {
    const links = page.locator(`main a[href^="${prefix}"]`);
    return (await links.count()) ? links.first().getAttribute("href") : null;
  };
  const screens: Screen[] = [{ name: "profile", path: "/@novalane" }];
  for (const [name, prefix] of [["track", "/track/"], ["release", "/release/"], ["concert", "/concert/"], ["merch product", "/merch/"]] as const) {
    const href = await first(prefix);
    if (href) screens.push({ name, path: href });
  }
  return screens;
}

const PUBLIC: Screen[] = [
  { name: "home", path: "/" },
  { name: "discover", path: "/discover" },
  { name: "search", path: "/search?q=nova" },
  { name: "concerts", path: "/concerts" },
  { name: "sign in", path: "/signin" },
  { name: "sign up", path: "/signup" },
  { name: "follow embed", path: "/embed/follow/novalane" },
  { name: "follow popup", path: "/intent/follow?handle=novalane" },
];

test("signed out: no serious or critical WCAG 2.2 AA violation, light and dark", async ({ page }) => {
  test.setTimeout(240_000);
  const screens = [...PUBLIC, ...(await discoverPaths(page))];
  const track = screens.find((s) => s.name === "track");
  if (track) screens.push({ name: "track embed", path: `/embed/track/${track.path.split("/").pop()}` });
  await auditAll(page, screens);
});

test("signed in: no serious or critical WCAG 2.2 AA violation, light and dark", async ({ page }) => {
  test.setTimeout(400_000);
  await signIn(page, DEMO.listener);
  const screens = [
    { name: "home feed", path: "/" },
    ...PUBLIC.filter((s) => !["sign in", "sign up", "home"].includes(s.name)),
    ...(await discoverPaths(page)),
    { name: "library", path: "/library" },
    { name: "cart", path: "/cart" },
    { name: "messages", path: "/messages" },
    { name: "notifications", path: "/notifications" },
    { name: "orders", path: "/orders" },
    { name: "settings", path: "/settings" },
    { name: "privacy settings", path: "/settings/privacy" },
    { name: "notification settings", path: "/settings/notifications" },
    { name: "blocked", path: "/settings/blocked" },
    { name: "your data", path: "/settings/data" },
    { name: "privacy page", path: "/privacy" },
  ];
  // A playlist and a conversation of the demo listener, when the seed gave them one.
  for (const [name, path, prefix] of [["playlist", "/library", "/playlist/"], ["conversation", "/messages", "/messages/"]]) {
    await page.goto(path);
    const links = page.locator(`main a[href^="${prefix}"]`);
    if (await links.count()) screens.push({ name, path: (await links.first().getAttribute("href"))! });
  }
  const merch = screens.find((s) => s.name === "merch product");
  expect(merch, "the demo artist sells something").toBeTruthy();
  // Checkout: one item in the cart, then the seller's checkout page.
  await page.goto(merch!.path);
  const option = page.locator('main input[type="radio"]:not(:disabled)').first();
  if (await option.count()) await option.check({ force: true });
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await page.goto("/cart");
  screens.push({ name: "checkout", path: (await page.getByRole("link", { name: "Check out" }).first().getAttribute("href"))! });
  await auditAll(page, screens);
});

test("a creator's Studio: no serious or critical WCAG 2.2 AA violation in any section, light and dark", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.artist);
  await page.goto("/studio");
  const studio = (await page.locator('main a[href^="/studio/pages/"]').first().getAttribute("href"))!.split("?")[0];
  const screens: Screen[] = [{ name: "studio", path: "/studio" }];
  for (const section of ["", "/music", "/videos", "/concerts", "/merch", "/merch/new", "/orders", "/announcements", "/audience", "/team", "/settings", "/embeds", "/log"]) screens.push({ name: `studio${section || " overview"}`, path: `${studio}${section}` });
  await auditAll(page, screens);
});

test("keyboard only: play a track, share it from a trapped dialog, and get focus back", async ({ page }) => {
  await page.goto("/@novalane");
  const trackHref = await page.locator('main a[href^="/track/"]').first().getAttribute("href");
  await page.goto(trackHref!);
  // Tab to the first Play button and press Enter: the player starts and says what plays.
  const play = page.getByRole("button", { name: /^Play / }).first();
  await play.focus();
  await expect(play).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("now-playing")).toBeVisible();
  await expect(page.locator('[aria-live="polite"]', { hasText: /^Now playing: / })).toHaveCount(1);
  // The share sheet: focus moves in, Tab stays in, Escape closes and returns to the button.
  const share = page.getByRole("button", { name: "Share", exact: true }).first();
  await share.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Share" });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();
  // A visible focus ring on what the keyboard reached.
  const outline = await share.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  // The player's shortcuts dialog opens with "?" and closes with Escape.
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
});

test("reduced motion: no animation runs when the system asks for less", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/discover");
  const longest = await page.evaluate(() => Math.max(0, ...document.getAnimations().map((a) => Number(a.effect?.getComputedTiming().duration ?? 0))));
  expect(longest).toBeLessThan(1);
  const transition = await page.evaluate(() => getComputedStyle(document.querySelector("a, button")!).transitionDuration);
  expect(transition.split(",").every((d) => parseFloat(d) < 0.001)).toBe(true);
});
