import { expect, test, type Page } from "@playwright/test";
import { DEMO, HOST_URL, fillSignUp, newUser, signIn, signUp } from "./fixtures";

const countIn = async (page: Page, selector: string) => Number((await page.frameLocator(selector).locator("#c").innerText()).replace(/[^0-9]/g, ""));

test("both snippet forms render both styles and themes on another origin", async ({ page }) => {
  await page.goto(`${HOST_URL}/embed?handle=kwameasante`);
  // Every link became an iframe; none is left behind.
  await expect(page.locator("iframe.chorus-follow-frame")).toHaveCount(3);
  await expect(page.locator("a.chorus-follow-button")).toHaveCount(0);

  const detailed = page.frameLocator("#script-detailed iframe");
  await expect(detailed.getByRole("link", { name: "Follow", exact: true })).toBeVisible();
  await expect(detailed.getByText("Kwame Asante")).toBeVisible();
  await expect(detailed.getByText(/followers/)).toBeVisible();
  await expect(detailed.locator("img")).toHaveAttribute("src", /\/api\/media\/.+\?w=96$/);
  await expect(detailed.locator(".d")).toHaveCSS("background-color", "rgb(21, 21, 28)");

  const basic = page.frameLocator("#script-basic iframe");
  await expect(basic.getByRole("link", { name: "Follow", exact: true })).toBeVisible();
  await expect(basic.locator("img")).toHaveCount(0);
  await expect(basic.getByText(/followers/)).toBeVisible();
  const box = await page.locator("#script-basic iframe").boundingBox();
  expect(box?.width).toBe(190);

  const iframeForm = page.frameLocator("#iframe-form iframe");
  await expect(iframeForm.locator(".d")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(iframeForm.getByText("Kwame Asante")).toBeVisible();

  // Unknown handle: a small readable error, not a blank box.
  await expect(page.frameLocator("#unknown iframe").getByText("Not found on Chorus")).toBeVisible();

  // Buttons pasted later are upgraded too.
  const chorus = (await page.locator("#script-basic iframe").getAttribute("src"))!.split("/embed/")[0];
  await page.evaluate((chorus) => {
    const a = document.createElement("a");
    a.className = "chorus-follow-button";
    a.href = `${chorus}/@amelieroux`;
    a.textContent = "Follow @amelieroux on Chorus";
    document.getElementById("later")!.appendChild(a);
  }, chorus);
  await expect(page.frameLocator("#later iframe").getByRole("link", { name: "Follow", exact: true })).toBeVisible();
});

test("a signed-out visitor follows through the popup and the widget flips to Following", async ({ page, request }) => {
  await page.goto(`${HOST_URL}/embed?handle=inescalado`);
  const before = await countIn(page, "#script-detailed iframe");
  const popupPromise = page.waitForEvent("popup");
  await page.frameLocator("#script-detailed iframe").getByRole("link", { name: "Follow", exact: true }).click();
  const popup = await popupPromise;
  await expect(popup).toHaveURL(/\/intent\/follow\?handle=inescalado/);
  await expect(popup.getByRole("heading", { name: "Inês Calado" })).toBeVisible();

  // No account yet: sign up in the popup; it returns to the intent and finishes the follow.
  await popup.getByRole("button", { name: "Create an account" }).click();
  await expect(popup).toHaveURL(/\/signup/);
  const user = newUser();
  await fillSignUp(popup, user);
  await popup.getByRole("button", { name: "Create account" }).click();
  await popup.waitForEvent("close", { timeout: 20_000 });

  const widget = page.frameLocator("#script-detailed iframe");
  // The link says the new state in words (a link has no pressed state to announce).
  await expect(widget.getByRole("link", { name: "Following" })).toBeVisible();
  expect(await countIn(page, "#script-detailed iframe")).toBe(before + 1);

  // The follow is real: the widget document (uncached) carries the new live count.
  const html = await (await request.get("/embed/follow/inescalado?style=basic")).text();
  expect(Number(/id="c">([0-9,.]+)</.exec(html)![1])).toBe(before + 1);
});

test.describe("from an unsupported market", () => {
  test.use({ extraHTTPHeaders: { "x-test-country": "KP" } });

  test("the popup says Chorus is not yet available", async ({ page }) => {
    await page.goto(`${HOST_URL}/embed?handle=novalane`);
    const popupPromise = page.waitForEvent("popup");
    await page.frameLocator("#script-basic iframe").getByRole("link", { name: "Follow", exact: true }).click();
    const popup = await popupPromise;
    await expect(popup.getByRole("heading", { name: "Chorus is not yet available in your market" })).toBeVisible();
    await popup.getByLabel("Email").fill("north@example.com");
    await popup.getByRole("button", { name: "Tell me when Chorus launches" }).click();
    await expect(popup.getByRole("status")).toContainText("when Chorus launches in North Korea");
  });
});

test("only embeds may be framed; the widget sets no cookie", async ({ page, context, request }) => {
  // A visitor who only sees widgets gets no cookie from Chorus or anyone.
  await page.goto(`${HOST_URL}/embed?handle=novalane`);
  await expect(page.frameLocator("#script-detailed iframe").getByText("Nova Lane")).toBeVisible();
  expect(await context.cookies()).toEqual([]);

  const profile = await request.get("/@novalane");
  expect(profile.headers()["x-frame-options"]).toBe("DENY");
  expect(profile.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const intent = await request.get("/intent/follow?handle=novalane");
  expect(intent.headers()["x-frame-options"]).toBe("DENY");
  const widget = await request.get("/embed/follow/novalane?style=basic");
  expect(widget.headers()["x-frame-options"]).toBeUndefined();
  expect(widget.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(widget.headers()["set-cookie"]).toBeUndefined();
  expect(widget.headers()["etag"]).toBeTruthy();
  const missing = await request.get("/embed/follow/no_such_artist_x");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Not found on Chorus");

  // A host page that tries to frame the main site gets nothing from it.
  await page.goto(`${HOST_URL}/framing?handle=novalane`);
  await page.waitForTimeout(1500);
  await expect(page.frameLocator("#profile").getByRole("heading", { name: "Nova Lane" })).toHaveCount(0);
  await expect(page.frameLocator("#intent").getByRole("heading", { name: "Nova Lane" })).toHaveCount(0);
});

test("signed in, one click in the popup follows; the creator sees follows per website and the embed code", async ({ page, browser }) => {
  await signUp(page);
  await page.goto(`${HOST_URL}/embed?handle=novalane`);
  const popupPromise = page.waitForEvent("popup");
  await page.frameLocator("#script-basic iframe").getByRole("link", { name: "Follow", exact: true }).click();
  const popup = await popupPromise;
  await expect(popup.getByRole("heading", { name: "Nova Lane" })).toBeVisible();
  await popup.getByRole("button", { name: "Follow", exact: true }).click();
  await popup.waitForEvent("close", { timeout: 15_000 });
  await expect(page.frameLocator("#script-basic iframe").getByRole("link", { name: "Following" })).toBeVisible();

  // Opening the popup again: it says you already follow, and offers to unfollow.
  const again = page.waitForEvent("popup");
  await page.frameLocator("#script-detailed iframe").getByRole("link", { name: "Follow", exact: true }).click();
  const second = await again;
  await expect(second.getByText("You already follow Nova Lane.")).toBeVisible();
  await expect(second.getByRole("button", { name: "Following" })).toHaveAttribute("aria-pressed", "true");
  await second.close();

  const creator = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const studio = await creator.newPage();
  await signIn(studio, DEMO.artist);
  await studio.goto("/studio");
  await studio.getByRole("link", { name: /Nova Lane/ }).click();
  await expect(studio).toHaveURL(/\/studio\/pages\/[^/?]+$/);
  await studio.goto(`${studio.url()}/embeds`);
  await expect(studio.getByTestId("follows-by-website")).toContainText(new URL(HOST_URL).origin);

  // The generator previews the real widget and copies a working snippet.
  await studio.getByRole("button", { name: "Button only" }).click();
  await studio.getByRole("button", { name: "dark", exact: true }).click();
  await expect(studio.frameLocator('iframe[title="Live preview of your Follow button"]').getByRole("link", { name: "Follow", exact: true })).toBeVisible();
  await expect(studio.getByLabel("Script snippet")).toHaveValue(/data-style="basic" data-theme="dark" data-show-count="true"/);
  await studio.getByRole("button", { name: "Copy iframe snippet" }).click();
  await expect(studio.getByRole("button", { name: "Copied!" })).toBeVisible();
  expect(await studio.evaluate(() => navigator.clipboard.readText())).toContain("/embed/follow/novalane?style=basic&amp;theme=dark");
  await creator.close();
});

test("Share copies the page's link and its embed code; a profile's fediverse handle copies too", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/@novalane");
  const handle = page.getByTestId("fediverse-handle");
  await handle.getByRole("button", { name: /^Copy @novalane@/ }).click();
  await expect(handle.getByRole("button", { name: /^Copy @novalane@/ })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@novalane@/);
  // The label goes back after a moment, ready to copy again.
  await expect(handle.getByRole("button", { name: /^Copy @novalane@/ })).toHaveText("Copy");

  const trackHref = (await page.locator('main a[href^="/track/"]').first().getAttribute("href"))!;
  await page.goto(trackHref);
  await page.getByRole("button", { name: "Share", exact: true }).first().click();
  const sheet = page.getByRole("dialog", { name: "Share" });
  await sheet.getByRole("button", { name: "Copy link" }).click();
  await expect(sheet.getByRole("button", { name: "Link copied!" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(trackHref, page.url()).href);
  await sheet.getByRole("button", { name: "Copy embed code" }).click();
  await expect(sheet.getByRole("button", { name: "Embed code copied!" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/embed/track/${trackHref.split("/").pop()}`);
  await context.close();
});
