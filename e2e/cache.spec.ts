import { expect, test, type Page } from "@playwright/test";
import { synthesize } from "../lib/media/synth";
import { createArtistPage, signUp, unique } from "./fixtures";

/** Reloads until `check` passes (each try short): a cached page shows a change from the visit after the one that found it stale. */
async function eventually(page: Page, check: () => Promise<void>, seconds = 8) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await page.waitForTimeout(300);
      await page.reload();
    }
  }
}

test("a signed-out visit is served from the page cache, with a working page under the same strict policy", async ({ page, request }) => {
  const first = await request.get("/@novalane");
  const second = await request.get("/@novalane");
  expect(second.status()).toBe(200);
  // Kept by a CDN for 10 s (then served stale while it refreshes); never by a browser without asking again; never shared with a signed-in visitor.
  expect(second.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
  expect(second.headers()["vary"]).toContain("Cookie");
  expect(second.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  // Every script carries this response's own nonce, and only that one.
  for (const response of [first, second]) {
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])?.[1];
    const html = await response.text();
    const nonces = [...html.matchAll(/<script\b[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
    expect(nonces.length).toBeGreaterThan(3);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
    expect(html.match(/<script\b/g)!.length).toBe(nonces.length);
  }
  // The server may send the answer it has just sent again (for at most a second, scripts/cached-response.mjs):
  // a visit after that gets a new nonce.
  const nonceOf = (response: typeof first) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])?.[1];
  await new Promise((r) => setTimeout(r, 1100));
  const later = await request.get("/@novalane");
  expect(nonceOf(later)).not.toBe(nonceOf(first));
  expect(nonceOf(later)).not.toBe(nonceOf(second));

  // The cached page runs: the player plays from it, and nothing was blocked.
  const blocked: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && blocked.push(m.text()));
  await page.goto("/@novalane");
  await page.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  await expect(page.getByTestId("now-playing")).toBeVisible();
  expect(blocked).toEqual([]);
  // Signed-out Follow still leads to sign in.
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
});

test("signed in, the same address is rendered for the viewer and never cached", async ({ page }) => {
  await signUp(page);
  const response = await page.goto("/@novalane");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  expect(response!.headers()["x-nextjs-cache"]).toBeUndefined();
  await expect(page.getByRole("link", { name: "Message", exact: true })).toBeVisible();
});

test("a follow, a new release and a rename show on the cached pages within seconds", async ({ browser }) => {
  const creatorContext = await browser.newContext();
  const creator = await creatorContext.newPage();
  await signUp(creator);
  const { handle, studioUrl } = await createArtistPage(creator, "Cache Test Band");

  // A signed-out visitor finds the page (and it is now in the cache).
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/@${handle}`);
  await expect(visitor.getByRole("heading", { name: "Cache Test Band" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "0 followers", exact: true })).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("link", { name: "0 followers", exact: true })).toBeVisible();

  // A fan follows: the cached page counts them.
  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  await signUp(fan);
  await fan.goto(`/@${handle}`);
  await fan.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(fan.getByRole("button", { name: "Following" })).toBeEnabled();
  await eventually(visitor, () => expect(visitor.getByRole("link", { name: "1 follower", exact: true })).toBeVisible({ timeout: 1000 }));

  // A new release appears on the cached profile.
  const title = `Cached ${unique("")}`;
  await creator.goto(`${studioUrl}/music`);
  await creator.getByLabel("Release title").fill(title);
  await creator.getByLabel("Audio files").setInputFiles({ name: "new.wav", mimeType: "audio/wav", buffer: synthesize({ seconds: 3, root: 60, bpm: 100, seed: 5 }) });
  await creator.getByLabel("Title of track 1").fill(title);
  await creator.getByRole("button", { name: "Publish release" }).click();
  await expect(creator.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();
  await eventually(visitor, () => expect(visitor.getByTestId("track-list")).toContainText(title, { timeout: 1000 }));

  // A rename: the old address sends visitors on, the new one shows the new name.
  const renamed = unique("renamed_");
  await creator.goto(`${studioUrl}/settings`);
  await creator.getByLabel("Name", { exact: true }).fill("Cache Test Band II");
  await creator.getByLabel("Handle", { exact: true }).fill(renamed);
  await creator.getByRole("button", { name: "Save changes" }).click();
  await expect(creator.getByText("Saved. Your page is up to date.")).toBeVisible();
  await eventually(visitor, async () => {
    await expect(visitor).toHaveURL(new RegExp(`/@${renamed}$`), { timeout: 1000 });
    await expect(visitor.getByRole("heading", { name: "Cache Test Band II" })).toBeVisible({ timeout: 1000 });
  });

  await Promise.all([creatorContext.close(), visitorContext.close(), fanContext.close()]);
});
