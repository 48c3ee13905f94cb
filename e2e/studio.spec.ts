import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { DEMO, signIn, signUp } from "./fixtures";

/** Every count of people in a list reads "fewer than 5" or a number of at least 5 (or 0). */
async function expectThresholds(list: Locator) {
  const cells = await list.locator("[data-people]").allInnerTexts();
  expect(cells.length, `people counts in ${await list.getAttribute("data-testid")}`).toBeGreaterThan(0);
  for (const text of cells) {
    const value = text.trim();
    if (value === "fewer than 5") continue;
    const n = Number(value.replace(/,/g, ""));
    expect(Number.isNaN(n) ? value : n === 0 || n >= 5, `"${value}" in ${await list.getAttribute("data-testid")}`).toBe(true);
  }
}

test("a creator reads Studio: sections by tab and by URL, charts, ranges, CSV, and the 5-people threshold", async ({ page }) => {
  await signIn(page, DEMO.artist);
  await page.goto("/studio");
  await page.getByRole("link", { name: /Nova Lane/ }).click();
  await expect(page).toHaveURL(/\/studio\/pages\/[^/?]+$/);
  const base = new URL(page.url()).pathname;
  const tabs = page.getByRole("navigation", { name: "Studio sections" });
  await expect(tabs.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");

  // Overview: numbers from the seeded year, suggestions, and charts with their numbers as a table.
  await expect(page.getByRole("heading", { name: "Last 28 days" })).toBeVisible();
  await expect(page.getByTestId("stat-plays")).toContainText(/[1-9]/);
  await expect(page.getByTestId("suggestions").getByRole("listitem").first()).toBeVisible();
  const plays = page.getByTestId("chart-plays");
  await expect(plays.getByRole("img")).toHaveAttribute("aria-label", /Plays: [\d,]+ in 28 days/);
  await plays.getByText("Show the numbers").click();
  await expect(plays.getByRole("table").getByRole("row")).toHaveCount(29);
  // Each day of the chart can be reached with the keyboard and says its value.
  const point = plays.locator("g[tabindex='0']").last();
  await point.focus();
  await expect(point).toHaveAttribute("aria-label", /^\d+ \w{3}: [\d,]+$/);

  // Another range is a link: the URL says it, the numbers follow.
  await page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(`${base}?range=7d`);
  await expect(page.getByRole("heading", { name: "Last 7 days" })).toBeVisible();
  await expect(page.getByTestId("chart-plays").getByRole("img")).toHaveAttribute("aria-label", /in 7 days/);

  // Audience by tab: where followers are, next to the shows, thresholds applied.
  await tabs.getByRole("link", { name: "Audience" }).click();
  await expect(page).toHaveURL(`${base}/audience`);
  await expect(tabs.getByRole("link", { name: "Audience" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("bars-countries")).toContainText("Germany");
  await expect(page.getByTestId("bars-cities")).toContainText("Berlin, Germany");
  for (const id of ["countries", "cities", "websites", "follow-sources", "play-countries"]) await expectThresholds(page.getByTestId(`bars-${id}`));

  // CSV of a table: the same aggregates, withheld counts written "<5".
  const download = page.waitForEvent("download");
  await page.getByTestId("bars-cities").getByRole("link", { name: "Download CSV" }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8").trim().split(/\r\n/);
  expect(csv[0]).toBe("city,country,followers");
  expect(csv.some((line) => line.startsWith("Berlin,DE,"))).toBe(true);
  for (const line of csv.slice(1)) expect(line.split(",").at(-1)).toMatch(/^(<5|[5-9]|\d{2,})$/);

  // A period Studio does not offer is said, and the default one is shown.
  await page.goto(`${base}/audience?range=forever`);
  await expect(page.getByRole("status").filter({ hasText: "“forever” is not a period Studio offers: showing the last 28 days." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Last 28 days" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Period" }).getByRole("link", { name: "28 days" })).toHaveAttribute("aria-current", "true");

  // Deep link to a section with a range.
  await page.goto(`${base}/music?range=90d`);
  await expect(tabs.getByRole("link", { name: "Music" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Plays in the last 90 days" })).toBeVisible();
  await expect(page.getByTestId("bars-tracks").getByRole("row").first()).toBeVisible();

  // Each track has its own page under Music (each release its editor, under music/releases/).
  const trackLink = page.getByRole("list", { name: "Your releases" }).locator(`a[href^="${base}/music/"]:not([href^="${base}/music/releases/"])`).first();
  const title = (await trackLink.innerText()).trim();
  await trackLink.click();
  await expect(page).toHaveURL(new RegExp(`${base}/music/[0-9A-Za-z]+$`));
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Music" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("chart-track-plays").getByRole("img")).toHaveAttribute("aria-label", /Plays: [\d,]+ in 28 days/);
});

test("someone else gets a 404 for every Studio section and export of a page", async ({ page, browser }) => {
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, DEMO.artist);
  await ownerPage.goto("/studio");
  await ownerPage.getByRole("link", { name: /Nova Lane/ }).click();
  await expect(ownerPage).toHaveURL(/\/studio\/pages\/[^/?]+$/);
  const base = new URL(ownerPage.url()).pathname;
  const id = base.split("/").pop()!;
  await owner.close();

  await signUp(page);
  for (const section of ["", "/audience", "/music", "/concerts", "/merch", "/announcements", "/embeds", "/settings"]) {
    expect((await page.goto(`${base}${section}?range=7d`))?.status(), section || "overview").toBe(404);
  }
  const csv = await page.request.get(`/api/studio/pages/${id}/stats?table=countries&range=28d`);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain("Germany");
});

test("a listener who skips a track early shows in that track's numbers in Studio", async ({ browser }) => {
  const artist = await (await browser.newContext()).newPage();
  await signIn(artist, DEMO.artist);
  await artist.goto("/studio");
  await artist.getByRole("link", { name: /Nova Lane/ }).click();
  await expect(artist).toHaveURL(/\/studio\/pages\/[^/?]+$/);
  const base = new URL(artist.url()).pathname;

  const listener = await (await browser.newContext()).newPage();
  await signIn(listener, DEMO.listener);
  await listener.goto("/@novalane");
  await listener.getByRole("button", { name: "Play all tracks by Nova Lane" }).click();
  await expect.poll(() => listener.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(1.2);
  const trackId = (await listener.getByTestId("now-playing").getAttribute("href"))!.split("/").pop()!;
  // Paused well before the play would count (half of a short track, else 30 s).
  await listener.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.pause());

  await artist.goto(`${base}/music/${trackId}`);
  const listens = async () => Number(/([\d,]+) of/.exec(await artist.getByTestId("track-skips").innerText())![1].replace(/,/g, ""));
  const before = await listens();

  // Moving on to the next track after a second or so of listening.
  const skip = listener.waitForRequest((r) => r.url().endsWith("/api/plays") && (r.postData() ?? "").includes('"event":"skip"'));
  // Shortcuts stay off while a control has focus (the Play all button): N from the page itself.
  await listener.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await listener.keyboard.press("n");
  expect(JSON.parse((await skip).postData()!)).toMatchObject({ trackId, event: "skip" });
  await expect.poll(async () => (await artist.reload(), await listens())).toBe(before + 1);
});

test("a new listener who queues and shares a track shows in its numbers in Studio, as fewer than 5", async ({ browser }) => {
  const listener = await (await browser.newContext()).newPage();
  await signUp(listener);
  await listener.goto("/@novalane");
  // With something playing, "Add to queue" puts a track in Up next (the player reports it).
  await listener.getByRole("button", { name: "Play all tracks by Nova Lane" }).click();
  await expect.poll(() => listener.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.2);
  await listener.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.pause());
  const reported = listener.waitForResponse((r) => r.url().endsWith("/api/plays") && (r.request().postData() ?? "").includes('"event":"queue"'));
  await listener.getByRole("button", { name: /^Add .* to queue$/ }).nth(1).click();
  const answer = await reported;
  const trackId = JSON.parse(answer.request().postData()!).trackId as string;
  expect(await answer.json()).toMatchObject({ ok: true, counted: true });

  await listener.goto(`/track/${trackId}`);
  await listener.getByRole("button", { name: "Share with followers" }).click();
  await expect(listener.getByRole("button", { name: "Shared with followers" })).toHaveAttribute("aria-pressed", "true");
  await expect(listener.getByRole("button", { name: "Shared with followers" })).not.toHaveAttribute("aria-busy", "true");

  const artist = await (await browser.newContext()).newPage();
  await signIn(artist, DEMO.artist);
  await artist.goto("/studio");
  await artist.getByRole("link", { name: /Nova Lane/ }).click();
  await expect(artist).toHaveURL(/\/studio\/pages\/[^/?]+$/);
  await artist.goto(`${new URL(artist.url()).pathname}/music/${trackId}`);
  await expect(artist.getByTestId("track-queued")).toContainText("Added to a queue");
  await expect.poll(async () => (await artist.reload(), await artist.getByTestId("track-queued").innerText())).toContain("fewer than 5");
  await expect.poll(async () => (await artist.reload(), await artist.getByTestId("track-shares").innerText())).toContain("fewer than 5");
});
