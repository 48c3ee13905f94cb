// Dev helper: screenshots of pages at desktop and mobile width, optionally signed in.
// usage: node scripts/shots.mjs [--as email] /path [/path ...]   (BASE_URL defaults to http://localhost:3000)
import { chromium } from "@playwright/test";
import fs from "node:fs";

const args = process.argv.slice(2);
const asIndex = args.indexOf("--as");
const email = asIndex >= 0 ? args.splice(asIndex, 2)[1] : null;
const base = process.env.BASE_URL ?? "http://localhost:3000";
fs.mkdirSync("test-results/shots", { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-background-networking", "--disable-component-update"] });
for (const [label, viewport] of [["desktop", { width: 1280, height: 860 }], ["mobile", { width: 360, height: 780 }]]) {
  const context = await browser.newContext({ viewport, colorScheme: process.env.SCHEME ?? "dark", locale: process.env.LOCALE ?? "en-GB" });
  const page = await context.newPage();
  if (email) {
    await page.goto(`${base}/signin`);
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill("chorus-demo");
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  }
  for (const path of args) {
    await page.goto(base + path);
    await page.waitForLoadState("networkidle");
    const name = `test-results/shots/${label}${path.replace(/[^a-z0-9]+/gi, "_")}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL === "1" });
    console.log(name);
  }
  await context.close();
}
await browser.close();
