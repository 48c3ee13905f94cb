import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUp } from "./fixtures";

/** What a new listener and a new creator ran into in their first hour. */

/** A Studio page's sections, as paths after its base URL ("" is the Overview). */
const STUDIO_SECTIONS = ["", "/audience", "/music", "/videos", "/concerts", "/merch", "/announcements", "/embeds", "/settings"];

test("albums and EPs can be found: a profile lists its releases, search finds them by title, Play all plays", async ({ page }) => {
  await page.goto("/@novalane");
  const releases = page.getByRole("region", { name: "Releases" });
  const tile = releases.getByRole("link").nth(1);
  const title = (await tile.textContent())!.trim();
  // Each release shows its type and year.
  await expect(releases.getByText(new RegExp(`(Single|EP|Album) · ${new Date().getUTCFullYear()}|(Single|EP|Album) · \\d{4}`)).first()).toBeVisible();

  await page.getByRole("button", { name: "Play all tracks by Nova Lane" }).click();
  const firstTrack = (await page.getByTestId("track-list").getByRole("listitem").first().getByRole("link").first().textContent())!.trim();
  await expect(page.getByTestId("now-playing")).toHaveText(firstTrack);

  await page.goto(`/search?q=${encodeURIComponent(title)}`);
  const found = page.getByRole("region", { name: "Releases" });
  await expect(found.getByRole("link", { name: title, exact: true }).first()).toBeVisible();

  // Suggestions say what each hit is.
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search Chorus" });
  await box.fill(title);
  await expect(page.getByRole("option").filter({ hasText: /(Single|EP|Album) · Nova Lane/ }).first()).toBeVisible();
});

test("a message request can be reported (with the message) and blocked; it then leaves Requests", async ({ browser }) => {
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  const spammer = await signUp(stranger);
  const meContext = await browser.newContext();
  const me = await meContext.newPage();
  const user = await signUp(me);

  await stranger.goto(`/messages?to=${user.handle}`);
  await stranger.getByLabel("Message", { exact: true }).fill("cheap followers, click my link");
  await stranger.getByRole("button", { name: "Send", exact: true }).click();
  await expect(stranger).toHaveURL(/requested=1/);

  await me.goto("/messages");
  const requests = me.getByRole("region", { name: "Requests (1)" });
  await requests.getByRole("link").first().click();
  const request = me.getByRole("region", { name: "Message request" });
  await request.getByRole("button", { name: `Report ${spammer.name}` }).click();
  await request.getByLabel("What is wrong?").fill("Spam in my requests");
  await request.getByRole("button", { name: "Send report" }).click();
  await expect(request.getByRole("status")).toHaveText("Thanks. Our moderators will look at it, and we will tell you what they decide.");
  await request.getByRole("button", { name: `Block ${spammer.name}` }).click();
  await expect(me).toHaveURL(/\/messages$/);
  await expect(me.getByRole("heading", { name: "Inbox" })).toBeVisible();
  await expect(me.getByRole("region", { name: /^Requests/ })).toHaveCount(0);
  await Promise.all([strangerContext.close(), meContext.close()]);
});

test("menus and sheets close on Escape and on an outside click, and give focus back", async ({ page }) => {
  await signUp(page);
  await page.goto("/@novalane");
  const share = page.getByRole("button", { name: "Share", exact: true });
  await share.click();
  await expect(page.getByRole("dialog", { name: "Share" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Share" })).toBeHidden();
  await expect(share).toBeFocused();

  const more = page.getByRole("button", { name: "More options for Nova Lane" });
  await more.click();
  await expect(page.getByRole("dialog", { name: "Options for Nova Lane" })).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(page.getByRole("dialog", { name: "Options for Nova Lane" })).toBeHidden();
  await more.click();
  await page.keyboard.press("Escape");
  await expect(more).toBeFocused();
});

test("counts read as people say them: 1 follower, not 1 followers", async ({ page }) => {
  const user = await signUp(page);
  await page.goto("/studio");
  await page.getByLabel("Page name").fill("Plural Test");
  const handle = `pl_${user.handle.slice(-12)}`;
  await page.getByLabel("Page handle").fill(handle);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText("Your page is live.")).toBeVisible();
  await page.goto("/studio");
  await expect(page.getByText(`@${handle} · 0 followers`)).toBeVisible();
  const fan = await page.context().browser()!.newContext();
  const fanPage = await fan.newPage();
  await signUp(fanPage);
  await fanPage.goto(`/@${handle}`);
  await fanPage.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(fanPage.getByRole("button", { name: "Following" })).toBeEnabled();
  await expect(fanPage.getByTestId("follower-count")).toHaveText("1");
  await expect(fanPage.getByTestId("follower-count").locator("..")).toHaveText("1 follower");
  await page.reload();
  await expect(page.getByText(`@${handle} · 1 follower`, { exact: true })).toBeVisible();
  await fan.close();
});

test("phone layouts do not scroll sideways: signed-out home, a Studio page, a chat with a very long word", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const overflowing = () =>
    page.evaluate(() => ({
      by: document.documentElement.scrollWidth - window.innerWidth,
      culprits: [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== "fixed")
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`),
    }));
  await page.goto("/");
  const home = await overflowing();
  expect(home.by, `signed-out home: ${home.culprits.join(", ")}`).toBe(0);

  await signIn(page, DEMO.artist);
  await page.goto("/studio");
  await page.getByRole("link", { name: /Nova Lane/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nova Lane" })).toBeVisible();
  // Each Studio section is its own page: every one fits.
  const studioUrl = page.url().split("?")[0];
  for (const section of STUDIO_SECTIONS) {
    await page.goto(`${studioUrl}${section}`);
    await expect(page.getByRole("heading", { level: 1, name: "Nova Lane" })).toBeVisible();
    const studio = await overflowing();
    expect(studio.by, `Studio page ${section || "(overview)"}: ${studio.culprits.join(", ")}`).toBe(0);
  }

  await page.goto("/messages?to=demo");
  await page.getByLabel("Message", { exact: true }).fill(`look: ${"a".repeat(300)} and https://example.com/${"b".repeat(200)}`);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page).toHaveURL(/\/messages\/[0-9A-Za-z]+/);
  await expect(page.getByText(/look: a+/).first()).toBeVisible();
  const chat = await overflowing();
  expect(chat.by, `conversation: ${chat.culprits.join(", ")}`).toBe(0);
  // The bubble wraps the long word inside itself, not clipped by the page.
  const bubble = page.getByText(/look: a+/).first();
  expect(await bubble.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  await context.close();
});

test("a release upload reports every problem at once, naming each file, and keeps the chosen files", async ({ page }) => {
  await signIn(page, DEMO.artist);
  await page.goto("/studio");
  await page.getByRole("link", { name: /Nova Lane/ }).first().click();
  await expect(page).toHaveURL(/\/studio\/pages\/[^/?]+$/);
  await page.goto(`${page.url()}/music`);
  await page.getByLabel("Audio files").setInputFiles([
    { name: "silence.wav", mimeType: "audio/wav", buffer: Buffer.alloc(0) },
    { name: "notes.mp3", mimeType: "audio/mpeg", buffer: Buffer.from("just some text, not audio ".repeat(40)) },
  ]);
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByText("Give the release a title.").first()).toBeVisible();
  await expect(page.getByText(/silence\.wav is empty\./).first()).toBeVisible();
  await expect(page.getByText(/notes\.mp3 is not an audio file we can play/).first()).toBeVisible();
  await expect(page.getByLabel("Title of track 2")).toBeVisible();
  // Tracks can be put in order before publishing.
  await expect(page.getByLabel("Title of track 1")).toHaveValue("silence");
  await page.getByRole("button", { name: "Move track 2 up" }).click();
  await expect(page.getByLabel("Title of track 1")).toHaveValue("notes");
  await expect(page.getByLabel("Title of track 2")).toHaveValue("silence");
});

/** Puts Nova Lane's first product in the cart and opens its checkout. */
async function buyFromNovaLane(page: Page) {
  await page.goto("/@novalane");
  await page.getByRole("region", { name: "Merch" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await page.goto("/cart");
  await page.getByRole("link", { name: "Check out" }).first().click();
}

test("checkout keeps the address through a reload, and the next checkout offers the last address", async ({ page }) => {
  await signUp(page);
  await buyFromNovaLane(page);
  await page.getByLabel("Street and number").fill("Oranienstraße 25");
  await page.getByLabel("Postal code").fill("10999");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Country").selectOption("DE");
  await page.reload();
  await expect(page.getByLabel("Street and number")).toHaveValue("Oranienstraße 25");
  await expect(page.getByLabel("City")).toHaveValue("Berlin");
  await page.getByRole("button", { name: "Review order" }).click();
  await expect(page.getByTestId("order-review")).toContainText("10999 Berlin");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/orders\/[0-9A-Za-z]+\?placed=1/);

  await buyFromNovaLane(page);
  await expect(page.getByLabel("Street and number")).toHaveValue("");
  await page.getByRole("button", { name: /Use my last address/ }).click();
  await expect(page.getByLabel("Street and number")).toHaveValue("Oranienstraße 25");
  await expect(page.getByLabel("Postal code")).toHaveValue("10999");
});

test("the bell and message requests arrive live, without a reload", async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [me, fan, stranger] = await Promise.all(contexts.map((c) => c.newPage()));
  const user = await signUp(me);
  await signUp(fan);
  await signUp(stranger);
  await me.goto("/messages");
  await expect(me.getByTestId("bell-count")).toHaveCount(0);

  await fan.goto(`/@${user.handle}`);
  await fan.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(fan.getByRole("button", { name: "Following" })).toBeEnabled();
  await stranger.goto(`/messages?to=${user.handle}`);
  await stranger.getByLabel("Message", { exact: true }).fill("Hi! Loved your last playlist.");
  await stranger.getByRole("button", { name: "Send", exact: true }).click();
  await expect(stranger).toHaveURL(/requested=1/);

  // No reload on my side: the counts are polled and the page refreshes itself.
  await expect(me.getByTestId("bell-count")).toHaveText("1", { timeout: 30_000 });
  await expect(me.getByRole("region", { name: "Requests (1)" })).toBeVisible({ timeout: 30_000 });
  await Promise.all(contexts.map((c) => c.close()));
});

test("messages to a page reach its managers: they answer as the page from its inbox", async ({ browser }) => {
  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  await signUp(fan);
  await fan.goto("/@novalane");
  await fan.getByRole("link", { name: "Message", exact: true }).click();
  await fan.getByLabel("Message", { exact: true }).fill("Will you play Lisbon this year?");
  await fan.getByRole("button", { name: "Send", exact: true }).click();
  await expect(fan).toHaveURL(/\/messages\/[0-9A-Za-z]+/);

  const artistContext = await browser.newContext();
  const artist = await artistContext.newPage();
  await signIn(artist, DEMO.artist);
  await artist.goto("/messages");
  const inboxes = artist.getByRole("navigation", { name: "Inboxes" });
  await inboxes.getByRole("link", { name: /Nova Lane/ }).click();
  await expect(artist.getByRole("heading", { level: 1, name: "Messages for Nova Lane" })).toBeVisible();
  await artist.getByTestId("conversations").getByRole("link").filter({ hasText: "Will you play Lisbon" }).first().click();
  await artist.getByPlaceholder("Write a message").fill("Yes! Autumn, watch the concerts page.");
  await artist.getByRole("button", { name: "Send", exact: true }).click();
  await expect(artist.getByText("Yes! Autumn, watch the concerts page.")).toBeVisible();
  // The fan's open conversation shows the page's answer live.
  await expect(fan.getByText("Yes! Autumn, watch the concerts page.")).toBeVisible({ timeout: 15_000 });
  await Promise.all([fanContext.close(), artistContext.close()]);
});

test("getting started: suggestions stay while following, can start from a genre, and go when dismissed", async ({ page }) => {
  await signUp(page);
  await page.goto("/");
  const suggested = page.getByRole("region", { name: "Suggested for you" });
  await expect(suggested).toBeVisible();
  await suggested.getByRole("navigation", { name: "Genres" }).getByRole("link", { name: "indie pop", exact: true }).click();
  await expect(page).toHaveURL(/\?genre=indie%20pop/);
  const nova = suggested.locator("div.flex").filter({ hasText: "Nova Lane" }).first();
  await nova.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(nova.getByRole("button", { name: "Following" })).toBeEnabled();
  // Following one does not hide the rest.
  await page.reload();
  await expect(suggested).toBeVisible();
  await expect(suggested.getByRole("button", { name: "Follow", exact: true }).first()).toBeVisible();
  await suggested.getByRole("button", { name: "Done" }).click();
  await expect(suggested).toBeHidden();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Suggested for you" })).toHaveCount(0);
});

test("likes have a heart on the track page; a long message is counted, not cut", async ({ page }) => {
  await signUp(page);
  await page.goto("/@novalane");
  const href = (await page.getByTestId("track-list").getByRole("link").first().getAttribute("href"))!;
  await page.goto(href);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("button", { name: `Like ${title}` }).click();
  await expect(page.getByRole("button", { name: `Unlike ${title}` })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: `Unlike ${title}` })).not.toHaveAttribute("aria-busy", "true");
  await page.reload();
  await expect(page.getByRole("button", { name: `Unlike ${title}` })).toBeVisible();

  await page.goto("/messages?to=demo");
  const box = page.getByLabel("Message", { exact: true });
  await box.fill("x".repeat(2010));
  await expect(box).toHaveValue("x".repeat(2010));
  await expect(page.getByText("2,010 / 2,000 (10 too many)")).toBeVisible();
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Messages can be at most 2,000 characters.").first()).toBeVisible();
  await expect(box).toHaveValue("x".repeat(2010));
});

test("Studio has no duplicate element ids, so labels lead to the right field", async ({ page }) => {
  await signIn(page, DEMO.artist);
  await page.goto("/studio");
  await page.getByRole("link", { name: /Nova Lane/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nova Lane" })).toBeVisible();
  // Each Studio section is its own page: check every one.
  const studioUrl = page.url().split("?")[0];
  for (const section of STUDIO_SECTIONS) {
    await page.goto(`${studioUrl}${section}`);
    await expect(page.getByRole("heading", { level: 1, name: "Nova Lane" })).toBeVisible();
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicates, section || "(overview)").toEqual([]);
  }
});

test("the lock screen (Media Session) shows the release as the album, and whether it plays", async ({ page }) => {
  await page.goto("/@novalane");
  const release = page.getByRole("region", { name: "Releases" }).getByRole("link").nth(1);
  const album = (await release.textContent())!.trim();
  await release.click();
  await expect(page.getByRole("heading", { level: 1, name: album })).toBeVisible();
  await page.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  await expect(page.getByRole("region", { name: "Player" }).getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => [navigator.mediaSession.metadata?.album, navigator.mediaSession.playbackState])).toEqual([album, "playing"]);
  await page.getByRole("region", { name: "Player" }).getByRole("button", { name: "Pause" }).click();
  await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe("paused");
});

test("one audio at a time: turning on sound in Discover pauses the player", async ({ page }) => {
  await page.goto("/@kitomensah");
  await page.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  const dock = page.getByRole("region", { name: "Player" });
  await expect(dock.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Discover" }).click();
  await expect(dock.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.getByRole("button", { name: "Sound on" }).first().click();
  // The dock stops as the preview speaks: never two at once.
  await expect(dock.getByRole("button", { name: "Play", exact: true })).toBeVisible();
  const audible = await page.evaluate(() => [...document.querySelectorAll<HTMLMediaElement>("audio, video")].filter((m) => !m.paused && !m.muted).length);
  expect(audible).toBeLessThanOrEqual(1);
});

test("the To field suggests people by name and completes their handle", async ({ page }) => {
  await signUp(page);
  await page.goto("/messages");
  const to = page.getByRole("combobox", { name: "To" });
  await to.fill("amélie");
  const option = page.getByRole("listbox", { name: "People" }).getByRole("option", { name: /Amélie Roux/ }).first();
  await expect(option).toBeVisible();
  await to.press("ArrowDown");
  await to.press("Enter");
  await expect(to).toHaveValue("@amelieroux, ");
  // Still in the form: Enter completed the handle, it did not send.
  await expect(page.getByRole("form", { name: "New message" })).toBeVisible();
});
