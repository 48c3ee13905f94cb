import { expect, test, type Page } from "@playwright/test";
import { REMOTE_URL } from "../playwright.config";
import { asDistinctClient, createArtistPage, newUser, signUp } from "./fixtures";
import { synthesize } from "../lib/media/synth";

/** Reloads until the locator shows up: deliveries between the servers go through each server's queue. */
async function eventually(page: Page, check: () => Promise<void>, timeout = 30_000) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout, intervals: [500, 1000, 1000, 2000] });
}

test("two Chorus servers: a listener on B follows an artist on A by handle, sees a release and a show, the show's cancellation, and unfollows", async ({ browser }) => {
  // Server A (this suite's server): an artist with a page.
  const artistContext = await browser.newContext();
  const artist = await artistContext.newPage();
  await signUp(artist);
  const { handle, studioUrl } = await createArtistPage(artist, "Open Network Duo");
  await artist.goto(`/@${handle}`);
  const fediverse = `@${handle}@localhost:${new URL(artist.url()).port}`;
  await expect(artist.getByTestId("fediverse-handle")).toContainText(fediverse);

  // Server B (another host name, its own database): a new listener finds the artist by that handle.
  const listenerContext = await browser.newContext({ baseURL: REMOTE_URL });
  const listener = await listenerContext.newPage();
  await asDistinctClient(listener);
  await signUp(listener, newUser());
  await listener.goto(`/search?q=${encodeURIComponent(fediverse)}`);
  const result = listener.getByTestId("remote-result");
  await expect(result).toContainText("Open Network Duo");
  await result.click();
  await expect(listener.getByRole("heading", { name: "Open Network Duo" })).toBeVisible();
  await listener.getByRole("button", { name: "Follow Open Network Duo" }).click();
  await expect(listener.getByRole("button", { name: "Unfollow Open Network Duo" })).toHaveText(/Requested|Following/);
  // A accepts on its own: B shows Following once the Accept has arrived.
  await eventually(listener, async () => await expect(listener.getByRole("button", { name: "Unfollow Open Network Duo" })).toHaveText("Following", { timeout: 1000 }));

  // A counts the follower apart from its own.
  await eventually(artist, async () => await expect(artist.getByText("1 from other servers")).toBeVisible({ timeout: 1000 }));

  // A publishes a release and announces a show: both reach B's Home stream.
  await artist.goto(`${studioUrl}/music`);
  await artist.getByLabel("Release title").fill("Signals Across");
  await artist.getByLabel("Audio files").setInputFiles({ name: "signal.wav", mimeType: "audio/wav", buffer: synthesize({ seconds: 3, root: 60, bpm: 110, seed: 11 }) });
  await artist.getByRole("button", { name: "Publish release" }).click();
  await expect(artist.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();
  await artist.goto(`${studioUrl}/concerts`);
  await artist.getByLabel("Venue", { exact: true }).fill("La Cigale");
  await artist.getByRole("region", { name: "Concerts" }).getByLabel("City").fill("Paris");
  await artist.getByRole("region", { name: "Concerts" }).getByLabel("Country").selectOption("FR");
  await artist.getByLabel("Date and start time (venue's local time)").fill("2031-05-02T20:00");
  await artist.getByLabel("Venue time zone").selectOption("Europe/Paris");
  await artist.getByRole("button", { name: "Announce show" }).click();
  const showLink = artist.getByRole("status").getByRole("link", { name: "Open the concert page" });
  await expect(showLink).toBeVisible();

  await listener.goto("/");
  const cards = listener.getByTestId("remote-post");
  await eventually(listener, async () => {
    await expect(cards.filter({ hasText: "Signals Across" })).toBeVisible({ timeout: 1000 });
    await expect(cards.filter({ hasText: "La Cigale, Paris" })).toBeVisible({ timeout: 1000 });
  });
  const release = cards.filter({ hasText: "Signals Across" });
  await expect(release.getByRole("link", { name: "Signals Across" })).toHaveAttribute("href", /^http:\/\/localhost:\d+\/release\/[0-9A-Za-z]+$/);

  // A cancels the show: B's card updates.
  await showLink.click();
  await artist.getByRole("link", { name: "Manage show" }).click();
  await artist.getByRole("button", { name: "Cancel show…" }).click();
  await artist.getByRole("button", { name: "Yes, cancel the show" }).click();
  await expect(artist.getByText("This show is cancelled.")).toBeVisible();
  await eventually(listener, async () => await expect(cards.filter({ hasText: "Cancelled: La Cigale, Paris" })).toBeVisible({ timeout: 1000 }));

  // B unfollows: A's count of followers elsewhere drops.
  await listener.goto(`/fediverse/${encodeURIComponent(fediverse.slice(1))}`);
  await listener.getByRole("button", { name: "Unfollow Open Network Duo" }).click();
  await expect(listener.getByRole("button", { name: "Follow Open Network Duo" })).toBeVisible();
  await artist.goto(`/@${handle}`);
  await eventually(artist, async () => await expect(artist.getByText("from other servers")).toHaveCount(0, { timeout: 1000 }));

  await artistContext.close();
  await listenerContext.close();
});

test("a listener who keeps their profile to this server has no fediverse handle and no actor", async ({ page }) => {
  const me = await signUp(page);
  const host = new URL(page.url()).host;
  const webfinger = `/.well-known/webfinger?resource=${encodeURIComponent(`acct:${me.handle}@${host}`)}`;
  expect((await page.request.get(webfinger)).status()).toBe(200);
  await page.goto(`/@${me.handle}`);
  await expect(page.getByTestId("fediverse-handle")).toContainText(`@${me.handle}@${host}`);
  await page.goto("/settings/privacy");
  const share = page.getByRole("switch", { name: "Share my profile with other servers" });
  await expect(share).toHaveAttribute("aria-checked", "true");
  await share.click();
  await expect(share).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Your profile exists on this server only.")).toBeVisible();
  // The switch shows its new state at once; the server has it a moment later.
  await expect.poll(async () => (await page.request.get(webfinger)).status()).toBe(404);
  await page.goto(`/@${me.handle}`);
  await expect(page.getByRole("heading", { name: me.name })).toBeVisible();
  await expect(page.getByTestId("fediverse-handle")).toHaveCount(0);
});
