import { expect, test } from "@playwright/test";
import { synthesize } from "../lib/media/synth";
import { createArtistPage, signUp } from "./fixtures";

test("a fan's stream and bell follow a creator's release and announcements; Off silences them; the weekly limit holds", async ({ browser }) => {
  // B: a new artist page.
  const creatorContext = await browser.newContext();
  const b = await creatorContext.newPage();
  await signUp(b);
  const { handle, studioUrl } = await createArtistPage(b, "Stream Test Band");

  // A: a fan who follows B; the empty stream suggests profiles meanwhile.
  const fanContext = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const a = await fanContext.newPage();
  await signUp(a);
  await expect(a.getByText("Your stream is quiet")).toBeVisible();
  await expect(a.getByRole("heading", { name: "Suggested for you" })).toBeVisible();
  await a.goto(`/@${handle}`);
  await a.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(a.getByRole("button", { name: "Following" })).toBeEnabled();

  // B publishes a release, then an announcement.
  await b.goto(`${studioUrl}/music`);
  await b.getByLabel("Release title").fill("First Light EP");
  await b.getByLabel("Audio files").setInputFiles({ name: "dawn.wav", mimeType: "audio/wav", buffer: synthesize({ seconds: 4, root: 57, bpm: 100, seed: 3 }) });
  await b.getByRole("button", { name: "Publish release" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();
  // B announces a show in another time zone, in A's country.
  await b.goto(`${studioUrl}/concerts`);
  await b.getByLabel("Venue", { exact: true }).fill("Bowery Ballroom");
  const show = b.getByRole("region", { name: "Concerts" });
  await show.getByLabel("City").fill("New York");
  await show.getByLabel("Country").selectOption("DE");
  await b.getByLabel("Date and start time (venue's local time)").fill("2030-06-01T20:00");
  await b.getByLabel("Venue time zone").selectOption("America/New_York");
  await b.getByLabel("Ticket link").fill("javascript:alert(1)");
  await b.getByRole("button", { name: "Announce show" }).click();
  await expect(b.getByText("Ticket link must start with http:// or https://.")).toBeVisible();
  await expect(b.getByLabel("Venue", { exact: true })).toHaveValue("Bowery Ballroom");
  await b.getByLabel("Ticket link").fill("https://tickets.example/bowery");
  await b.getByRole("button", { name: "Announce show" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Announced. 1 fan in Germany was notified." })).toBeVisible();

  await b.goto(`${studioUrl}/announcements`);
  await expect(b.getByTestId("announcements-left")).toHaveText(/^3 of 3 announcements left this week/);
  await b.getByRole("textbox", { name: "Announcement" }).fill("Tour dates next week!");
  await b.getByRole("button", { name: "Post to followers" }).click();
  await expect(b.getByText("Posted. It reached 1 follower.")).toBeVisible();

  // A's stream shows all three, newest first, and the bell counts them.
  await a.goto("/");
  const items = a.getByTestId("feed-item");
  await expect(items.first()).toContainText("Tour dates next week!");
  await expect(items.nth(1)).toContainText("Bowery Ballroom, New York");
  await expect(items.nth(2)).toContainText("First Light EP");
  await expect(a.getByTestId("bell-count")).toHaveText("3");

  // The show in the venue's time and in A's own (Berlin) time.
  await items.nth(1).getByRole("link", { name: "Bowery Ballroom, New York" }).click();
  await expect(a).toHaveURL(/\/concert\/[0-9A-Za-z]+$/);
  await expect(a.getByRole("heading", { name: "Stream Test Band at Bowery Ballroom" })).toBeVisible();
  await expect(a.getByTestId("venue-time")).toContainText("20:00");
  await expect(a.getByTestId("viewer-time")).toContainText("02:00");
  const ics = await a.request.get(`${a.url()}/calendar.ics`);
  expect(await ics.text()).toContain("DTSTART:20300602T000000Z");

  // A turns B off.
  await a.goto(`/@${handle}`);
  await a.getByLabel("Notifications from Stream Test Band").selectOption("off");
  await expect(a.getByLabel("Notifications from Stream Test Band")).toBeEnabled();

  await b.goto(`${studioUrl}/announcements`);
  await b.getByRole("textbox", { name: "Announcement" }).fill("Second news, nobody listening");
  await b.getByRole("button", { name: "Post to followers" }).click();
  await expect(b.getByText("Posted. It reached 0 followers.")).toBeVisible();
  await expect(b.getByTestId("announcement-stats")).toContainText("Second news");

  // Off is about notifications: the post is still in A's stream, but the bell stays quiet.
  await a.goto("/");
  await expect(a.getByText("Second news, nobody listening")).toBeVisible();
  await expect(a.getByTestId("bell-count")).toHaveText("3");

  // The weekly limit: a third is fine, a fourth is refused with a message.
  await b.getByRole("textbox", { name: "Announcement" }).fill("Third");
  await b.getByRole("button", { name: "Post to followers" }).click();
  await expect(b.getByText(/Posted\./)).toBeVisible();
  await b.goto(`${studioUrl}/announcements`);
  await expect(b.getByTestId("announcements-left")).toHaveText(/^0 of 3/);
  // The box says so before anything is typed; the server refuses a fourth anyway (unit-tested).
  await expect(b.getByRole("textbox", { name: "Announcement" })).toBeDisabled();
  await expect(b.getByRole("button", { name: "Post to followers" })).toBeDisabled();
  await expect(b.getByText("You have used all 3 announcements for this week.")).toBeVisible();

  // Marking all read clears the bell.
  await a.goto("/notifications");
  await a.getByRole("button", { name: "Mark all as read" }).click();
  await expect(a.getByTestId("bell-count")).toHaveCount(0);
  await creatorContext.close();
  await fanContext.close();
});

test("a track shared publicly shows up in followers' streams, grouped by track, and can be taken back", async ({ browser }) => {
  const sharerContext = await browser.newContext();
  const sharer = await sharerContext.newPage();
  const sharerUser = await signUp(sharer);
  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  await signUp(fan);
  await fan.goto(`/@${sharerUser.handle}`);
  await fan.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(fan.getByRole("button", { name: "Following" })).toBeEnabled();

  await sharer.goto("/@amelieroux");
  await sharer.locator('a[href^="/track/"]').first().click();
  await expect(sharer).toHaveURL(/\/track\/[0-9A-Za-z]+$/);
  await expect(sharer.getByRole("button", { name: "Share with followers" })).toBeEnabled();
  const title = (await sharer.getByRole("heading", { level: 1 }).textContent())!.trim();
  await sharer.getByRole("button", { name: "Share with followers" }).click();
  await expect(sharer.getByRole("button", { name: "Shared with followers" })).toHaveAttribute("aria-pressed", "true");
  await expect(sharer.getByRole("button", { name: "Shared with followers" })).not.toHaveAttribute("aria-busy", "true");

  await fan.goto("/");
  const item = fan.getByTestId("feed-item").filter({ hasText: title });
  await expect(item).toContainText(`${sharerUser.name} shared`);
  await expect(item.getByRole("button", { name: new RegExp(`^Play ${title}`) })).toBeVisible();

  // Taking it back removes it from the stream.
  await sharer.getByRole("button", { name: "Shared with followers" }).click();
  await expect(sharer.getByRole("button", { name: "Share with followers" })).toHaveAttribute("aria-pressed", "false");
  await expect(sharer.getByRole("button", { name: "Share with followers" })).not.toHaveAttribute("aria-busy", "true");
  await fan.reload();
  await expect(fan.getByTestId("feed-item").filter({ hasText: title })).toHaveCount(0);
  await Promise.all([sharerContext.close(), fanContext.close()]);
});
