import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { synthesize } from "../../lib/media/synth";
import { createArtistPage, newUser, signUp, unique } from "../fixtures";
import { submission } from "./html-form";

test("requests are spread over both instances, on PostgreSQL", async ({ request }) => {
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const health = await (await request.get("/api/health")).json();
    expect(health).toMatchObject({ ok: true, database: "postgres" });
    seen.add(health.instance);
  }
  expect([...seen].sort()).toEqual(["app-1", "app-2"]);
});

test("nginx answers signed-out pages from its cache for a few seconds, and never a signed-in one", async ({ request, playwright }) => {
  const first = await request.get("/@novalane");
  expect(first.headers()["cache-control"]).toContain("s-maxage=10");
  const again = await request.get("/@novalane");
  expect(again.headers()["x-cache"]).toBe("HIT");
  expect(await again.text()).toBe(await first.text());
  const signedIn = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=anything" } });
  const viewer = await signedIn.get("/@novalane");
  expect(viewer.headers()["x-cache"]).toBe("BYPASS");
  expect(viewer.headers()["cache-control"]).toContain("no-store");
  await signedIn.dispose();
  // Players ask for ranges: the app answers them, never the cache.
  const ranged = await request.get("/", { headers: { range: "bytes=0-10" } });
  expect(ranged.headers()["x-cache"]).toBe("BYPASS");
});

test("sign up, follow, a release reaches the follower's stream, a message arrives live, across instances", async ({ browser }) => {
  const creatorContext = await browser.newContext();
  const b = await creatorContext.newPage();
  const creator = await signUp(b);
  const { handle, studioUrl } = await createArtistPage(b, "Two Instance Band");

  const fanContext = await browser.newContext();
  const a = await fanContext.newPage();
  await signUp(a);
  await a.goto(`/@${handle}`);
  await a.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(a.getByRole("button", { name: "Following" })).toBeEnabled();
  // Whichever instance renders the page next knows about the follow.
  for (let i = 0; i < 2; i++) {
    await a.reload();
    await expect(a.getByRole("button", { name: "Following" })).toBeVisible();
  }

  // The upload streams through nginx to one instance; the other serves the file.
  await b.goto(`${studioUrl}/music`);
  await b.getByLabel("Release title").fill("Load Balanced EP");
  await b.getByLabel("Audio files").setInputFiles({ name: "both.wav", mimeType: "audio/wav", buffer: synthesize({ seconds: 4, root: 57, bpm: 100, seed: 11 }) });
  await b.getByRole("button", { name: "Publish release" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();

  await a.goto("/");
  await expect(a.getByTestId("feed-item").first()).toContainText("Load Balanced EP");
  await expect(a.getByTestId("bell-count")).toHaveText("1");
  // The track plays from either instance: the shared uploads folder.
  await a.getByTestId("feed-item").first().getByRole("button", { name: /^Play / }).first().click();
  await expect(a.getByRole("button", { name: /^Pause/ }).first()).toBeVisible();

  // A writes to B (whom A follows, so it is no request); B keeps the conversation open,
  // its live stream held by one instance, while A's messages land on either instance.
  await a.goto(`/@${creator.handle}`);
  await a.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(a.getByRole("button", { name: "Following" })).toBeEnabled();
  await a.getByRole("link", { name: "Message", exact: true }).click();
  await a.getByLabel("Message", { exact: true }).fill("Loved the EP!");
  await a.getByRole("button", { name: "Send", exact: true }).click();
  await expect(a).toHaveURL(/\/messages\/[0-9A-Za-z]+$/);
  await b.goto("/messages");
  await b.getByTestId("conversations").getByRole("link").first().click();
  await expect(b.getByTestId("message-list")).toContainText("Loved the EP!");
  for (const text of ["First of three", "Second of three", "Third of three"]) {
    await a.getByLabel("Message", { exact: true }).fill(text);
    await a.getByRole("button", { name: "Send", exact: true }).click();
    // Well within the streams' 15 s safety poll: the other instance's NOTIFY woke this one.
    await expect(b.getByTestId("message-list")).toContainText(text, { timeout: 5_000 });
  }
  await Promise.all([creatorContext.close(), fanContext.close()]);
});

/** A seller page with one live product of `stock` units (one option), shipping to Germany; returns the product URL. */
async function sellerWithProduct(browser: Browser, title: string, stock: number): Promise<{ page: Page; productUrl: string; ordersUrl: string; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, newUser({ country: "DE" }));
  const { studioUrl } = await createArtistPage(page, "Scale Merch Band");
  await page.goto(`${studioUrl}/merch`);
  await page.getByRole("link", { name: "New product" }).click();
  await page.getByLabel("Product title").fill(title);
  await page.getByLabel("Price", { exact: true }).fill("15");
  await page.getByLabel("Status").selectOption("live");
  await page.getByLabel("Option 1 name").fill("A2");
  await page.getByLabel("Option 1 stock").fill(String(stock));
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByText("Product created.")).toBeVisible();
  const productUrl = (await page.getByRole("link", { name: "View product" }).getAttribute("href"))!;
  return { page, productUrl, ordersUrl: `${page.url().split("/merch/")[0]}/orders`, close: () => context.close() };
}

test("checkout in a browser, across instances", async ({ browser }) => {
  const seller = await sellerWithProduct(browser, `Poster ${unique("")}`, 3);
  const context = await browser.newContext();
  const fan = await context.newPage();
  await signUp(fan, newUser({ country: "DE" }));
  await fan.goto(seller.productUrl);
  await fan.getByRole("button", { name: "Add to cart" }).click();
  await expect(fan.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await expect(fan.getByTestId("cart-count")).toHaveText("1");
  await fan.goto("/cart");
  await fan.getByRole("link", { name: "Check out" }).click();
  await fan.getByLabel("Full name").fill("Erika Muster");
  await fan.getByLabel("Street and number").fill("Oranienstraße 25");
  await fan.getByLabel("Postal code").fill("10999");
  await fan.getByLabel("City").fill("Berlin");
  await fan.getByRole("button", { name: "Review order" }).click();
  await expect(fan.getByTestId("order-review")).toContainText("€15.00");
  await fan.getByRole("button", { name: "Place order" }).click();
  await expect(fan).toHaveURL(/\/orders\/[0-9A-Za-z]+\?placed=1/);
  await fan.goto("/orders");
  await expect(fan.getByTestId("order-list")).toContainText("A2");
  await seller.page.goto(seller.productUrl);
  await expect(seller.page.getByTestId("stock")).toHaveText("Only 2 left");
  await Promise.all([context.close(), seller.close()]);
});

const ADDRESS = { name: "Race Buyer", line1: "Oranienstraße 25", line2: "", postalCode: "10999", city: "Berlin", country: "DE" };

/** One buyer over plain HTTP, as a browser without JavaScript: sign up, add one to the cart, review the order. Returns the "Place order" submit. */
async function buyerReadyToPlace(request: APIRequestContext, productUrl: string): Promise<{ url: string; form: FormData }> {
  const user = newUser({ country: "DE" });
  const signup = submission(await (await request.get("/signup")).text(), "Create account", { email: user.email, password: user.password, name: user.name, handle: user.handle, country: "DE" });
  expect((await request.post("/signup", { multipart: signup, maxRedirects: 0 })).status()).toBe(303);
  const added = await request.post(productUrl, { multipart: submission(await (await request.get(productUrl)).text(), "Add to cart") });
  expect(await added.text()).toContain("Added to your cart");
  const checkoutPath = (await (await request.get("/cart")).text()).match(/href="(\/checkout\/[0-9A-Za-z]+\?currency=[A-Z]{3})"/)?.[1];
  expect(checkoutPath).toBeTruthy();
  const reviewed = await request.post(checkoutPath!, { multipart: submission(await (await request.get(checkoutPath!)).text(), "Review order", ADDRESS) });
  const html = await reviewed.text();
  expect(html).toContain("€15.00");
  return { url: checkoutPath!, form: submission(html, "Place order") };
}

test("50 buyers on both instances race for 7 posters: exactly 7 orders", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(240_000);
  const seller = await sellerWithProduct(browser, `Race Poster ${unique("")}`, 7);
  const buyers = await Promise.all(Array.from({ length: 50 }, (_, i) => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.77.${i >> 8}.${(i & 255) + 1}` } })));
  // Ready everyone (ten at a time), then all 50 press "Place order" at once; round-robin spreads them over both instances.
  const ready: { url: string; form: FormData }[] = [];
  for (let i = 0; i < buyers.length; i += 10) ready.push(...(await Promise.all(buyers.slice(i, i + 10).map((r) => buyerReadyToPlace(r, seller.productUrl)))));
  const results = await Promise.all(ready.map(({ url, form }, i) => buyers[i].post(url, { multipart: form, maxRedirects: 0 })));
  const placed = results.filter((r) => r.status() === 303 && /\/orders\/[0-9A-Za-z]+\?placed=1/.test(r.headers().location ?? ""));
  expect(results.every((r) => r.status() < 500)).toBe(true);
  expect(placed).toHaveLength(7);
  // The others were told on the form, which keeps their address.
  const refused = await Promise.all(results.filter((r) => !placed.includes(r)).map((r) => r.text()));
  expect(refused.filter((html) => html.includes("Someone got there first") && html.includes("Oranienstraße 25"))).toHaveLength(43);

  await seller.page.goto(seller.productUrl);
  await expect(seller.page.getByText("Sold out").first()).toBeVisible();
  await seller.page.goto(seller.ordersUrl);
  await expect(seller.page.getByTestId("order-list").getByRole("link")).toHaveCount(7);
  await Promise.all([...buyers.map((r) => r.dispose()), seller.close()]);
});
