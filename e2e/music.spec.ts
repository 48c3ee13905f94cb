import { expect, test, type Page } from "@playwright/test";
import { unfurl } from "unfurl.js";
import { synthesize } from "../lib/media/synth";
import { DEMO, HOST_URL, signIn, unique } from "./fixtures";

const seconds = (text: string) => {
  const [m, s] = text.trim().split("/")[0].trim().split(":").map(Number);
  return m * 60 + s;
};

/** Opens one section of a Studio page (e.g. "music") from the Studio list. */
async function openStudioPage(page: Page, name: string, section: string) {
  await page.goto("/studio");
  await page.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.goto(`${page.url().split("?")[0]}/${section}`);
}

test("an artist uploads a generated track, and it shows on the profile; non-audio is refused", async ({ page }) => {
  await signIn(page, DEMO.artist);
  await openStudioPage(page, "Nova Lane", "music");

  // A text file renamed .mp3 is refused by content, and what was typed stays.
  const title = `Upload Test ${unique("")}`;
  await page.getByLabel("Release title").fill(title);
  await page.getByLabel("Audio files").setInputFiles({ name: "fake.mp3", mimeType: "audio/mpeg", buffer: Buffer.from("not audio at all, just text ".repeat(50)) });
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "fake.mp3 is not an audio file we can play" })).toBeVisible();
  await expect(page.getByLabel("Release title")).toHaveValue(title);

  await page.getByRole("button", { name: "Remove track 1" }).click();
  const wav = synthesize({ seconds: 6, root: 55, bpm: 110, seed: 42 });
  await page.getByLabel("Audio files").setInputFiles({ name: "first_light.wav", mimeType: "audio/wav", buffer: wav });
  await expect(page.getByLabel("Title of track 1")).toHaveValue("first light");
  await page.getByLabel("Title of track 1").fill(`${title} Song`);
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();

  await page.goto("/@novalane");
  const row = page.getByTestId("track-list").getByRole("listitem").filter({ hasText: `${title} Song` });
  await expect(row).toBeVisible();
  await expect(row).toContainText("0:06");
});

test("playback keeps going across navigation; seeking uses Range requests", async ({ page }) => {
  const ranges: number[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/api/media/") && r.request().headers()["range"]) ranges.push(r.status());
  });
  await page.goto("/@kitomensah");
  await page.getByTestId("track-list").getByRole("button", { name: /^Play / }).first().click();
  const dock = page.getByRole("region", { name: "Player" });
  await expect(dock).toBeVisible();
  await expect(dock.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(async () => seconds(await page.getByTestId("player-time").innerText()), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  const title = await page.getByTestId("now-playing").innerText();

  // Navigate with the app's own links: the player is outside the page and keeps playing.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Discover" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Discover" })).toBeVisible();
  await expect(page.getByTestId("now-playing")).toHaveText(title);
  const before = seconds(await page.getByTestId("player-time").innerText());
  await expect.poll(async () => seconds(await page.getByTestId("player-time").innerText())).toBeGreaterThan(before);
  expect(await page.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.paused)).toBe(false);

  // Seek, then the keyboard: space pauses.
  await dock.getByRole("slider", { name: "Seek" }).fill("8");
  await expect.poll(async () => seconds(await page.getByTestId("player-time").innerText())).toBeGreaterThanOrEqual(8);
  expect(ranges).toContain(206);
  await page.keyboard.press("Space");
  await expect(dock.getByRole("button", { name: "Play" })).toBeVisible();

  // The queue: add two tracks (Up next), reorder, clear.
  // Client-side navigation only: the player keeps playing through it.
  await page.getByRole("combobox", { name: "Search Chorus" }).fill("amelie roux");
  await page.getByRole("combobox", { name: "Search Chorus" }).press("Enter");
  await page.getByRole("region", { name: "Artists" }).getByRole("link", { name: /Amélie Roux/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Amélie Roux" })).toBeVisible();
  await page.getByRole("button", { name: /^Add .* to queue$/ }).nth(0).click();
  await page.getByRole("button", { name: /^Add .* to queue$/ }).nth(1).click();
  await dock.getByRole("button", { name: /^Queue/ }).click();
  const items = page.getByTestId("up-next").getByRole("listitem");
  await expect(items).toHaveCount(2);
  const lastLabel = (await items.last().getByRole("button", { name: /^Play .* from the queue$/ }).getAttribute("aria-label"))!;
  await items.last().getByRole("button", { name: /Move .* up/ }).click();
  await expect(items.first().getByRole("button", { name: lastLabel })).toBeVisible();
  await dock.getByRole("button", { name: "Clear queue" }).click();
  await expect(dock).toHaveCount(0);
});

test("the media route answers ranges exactly", async ({ page, request }) => {
  await page.goto("/@kitomensah");
  const trackHref = await page.getByTestId("track-list").getByRole("link").first().getAttribute("href");
  await page.goto(trackHref!);
  const audio = await page.locator('meta[property="og:audio"]').getAttribute("content");
  const partial = await request.get(audio!, { headers: { Range: "bytes=100-1099" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-range"]).toMatch(/^bytes 100-1099\/\d+$/);
  expect((await partial.body()).length).toBe(1000);
  expect((await request.get(audio!, { headers: { Range: "bytes=999999999-" } })).status()).toBe(416);
});

test("the embed player plays on another site; oEmbed is readable by an independent consumer", async ({ page, baseURL }) => {
  await page.goto("/@amelieroux");
  const trackHref = (await page.getByTestId("track-list").getByRole("link").first().getAttribute("href"))!;
  const trackId = trackHref.split("/").pop();

  await page.goto(`${HOST_URL}/player?track=${trackId}`);
  const player = page.frameLocator("#player");
  await expect(player.getByRole("link", { name: "Amélie Roux" })).toBeVisible();
  await player.getByRole("button", { name: /^Play / }).click();
  await expect.poll(async () => seconds(await player.locator("#t").innerText()), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  await expect(player.getByRole("button", { name: /^Pause / })).toBeVisible();

  const result = await unfurl(`${baseURL}${trackHref}`);
  expect(result.oEmbed).toMatchObject({ type: "rich", version: "1.0", provider_name: "Chorus" });
  expect((result.oEmbed as { html: string }).html).toContain(`/embed/track/${trackId}`);
  const profile = await unfurl(`${baseURL}/@amelieroux`);
  expect((profile.oEmbed as { html: string }).html).toContain("/embed/follow/amelieroux");
});

test("the embed player tells the creator's numbers a play heard to the end and a track left early", async ({ page }) => {
  // Midnight Tram's newest release is an album (no other spec plays it).
  await page.goto("/@midnighttram");
  const releaseHref = (await page.getByRole("main").locator('a[href^="/release/"]').first().getAttribute("href"))!;
  const answer = (event: string) => page.waitForResponse((r) => r.url().endsWith("/api/plays") && JSON.parse(r.request().postData() ?? "{}").event === event);

  // A release embed, played fast to the end of its first track: its play counts, then its completion.
  await page.goto(`/embed/release/${releaseHref.split("/").pop()}`);
  const audio = page.locator("#a");
  const played = answer("play");
  const completed = answer("complete");
  await page.getByRole("button", { name: /^Play / }).click();
  await audio.evaluate((a: HTMLAudioElement) => (a.playbackRate = 4));
  expect(await (await played).json()).toMatchObject({ ok: true });
  const end = await completed;
  expect(JSON.parse(end.request().postData()!)).toMatchObject({ source: "embed", event: "complete" });
  expect(await end.json()).toMatchObject({ ok: true, counted: true });

  // The second track started by itself; a listener who leaves it after a couple of seconds for another skipped it.
  await expect(page.locator('[data-i="1"]')).toHaveAttribute("aria-current", "true");
  await audio.evaluate((a: HTMLAudioElement) => (a.playbackRate = 1));
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(1.5);
  const skipped = answer("skip");
  await page.locator('[data-i="0"]').click();
  const skip = await skipped;
  expect(JSON.parse(skip.request().postData()!)).toMatchObject({ source: "embed", event: "skip" });
  expect(await skip.json()).toMatchObject({ ok: true, counted: true });
});

test("a scheduled release stays hidden from everyone but its creator", async ({ page, browser }) => {
  await signIn(page, DEMO.artist);
  await openStudioPage(page, "Nova Lane", "music");
  const title = `Future ${unique("")}`;
  await page.getByLabel("Release title").fill(title);
  await page.getByLabel("Release date").fill("2030-01-01T10:00");
  await page.getByLabel("Audio files").setInputFiles({ name: "later.wav", mimeType: "audio/wav", buffer: synthesize({ seconds: 3, root: 60, bpm: 96, seed: 9 }) });
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled" })).toBeVisible();
  await page.getByRole("status").getByRole("link", { name: "Open the release" }).click();
  await expect(page.getByText(/Scheduled for .* only the page's team can see it/)).toBeVisible();
  const releaseUrl = page.url();
  await page.getByTestId("track-list").getByRole("link").first().click();
  await expect(page.getByText("Only the page's team can see this: not released yet")).toBeVisible();
  const trackUrl = page.url();

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  expect((await other.goto(releaseUrl))?.status()).toBe(404);
  expect((await other.goto(trackUrl))?.status()).toBe(404);
  await other.goto("/@novalane");
  await expect(other.getByText(title)).toHaveCount(0);
  await stranger.close();
});

test("a listen counts once, after half of a short track", async ({ page }) => {
  await page.goto("/@lottedevries");
  const link = page.getByTestId("track-list").getByRole("link").first();
  await link.click();
  const before = Number((await page.getByTestId("play-count").innerText()).replace(/\D/g, ""));
  await page.getByRole("button", { name: /^Play / }).first().click();
  // Seeded e2e tracks are 12 s long: the play counts after 6 s of listening.
  await expect.poll(async () => {
    const res = await page.request.get(page.url());
    return Number(/data-testid="play-count">([\d,]+)</.exec(await res.text())?.[1].replace(/,/g, ""));
  }, { timeout: 20_000 }).toBe(before + 1);
  await page.waitForTimeout(4000);
  const after = await page.request.get(page.url());
  expect(Number(/data-testid="play-count">([\d,]+)</.exec(await after.text())?.[1].replace(/,/g, ""))).toBe(before + 1);
});
