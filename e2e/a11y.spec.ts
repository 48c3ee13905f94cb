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
  const first = async (prefix: string) => page.locator(`a[href^="${prefix}"]`).first().getAttribute("href");
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
    { name: "studio", path: "/studio" },
  ];
  await page.goto("/library");
  const playlist = await page.locator('a[href^="/playlist/"]').first().getAttribute("href").catch(() => null);
  if (playlist) screens.push({ name: "playlist", path: playlist });
  await page.goto("/messages");
  const conversation = await page.locator('a[href^="/messages/"]').first().getAttribute("href").catch(() => null);
  if (conversation) screens.push({ name: "conversation", path: conversation });
  await page.goto("/studio");
  const studio = (await page.locator('a[href^="/studio/pages/"]').first().getAttribute("href"))!.split("?")[0];
  for (const section of ["", "/music", "/videos", "/concerts", "/merch", "/orders", "/announcements", "/audience", "/team", "/settings", "/embeds", "/log"]) screens.push({ name: `studio${section || " overview"}`, path: `${studio}${section}` });
  const merch = screens.find((s) => s.name === "merch product");
  expect(merch, "the demo artist sells something").toBeTruthy();
  await auditAll(page, screens);
});
