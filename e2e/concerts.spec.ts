import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { announceShow, createArtistPage, signUp } from "./fixtures";

test("a show in Tokyo: fan sees their own time, marks Interested, the artist cancels, the fan is told; the calendar feed holds it", async ({ browser }) => {
  const artistContext = await browser.newContext();
  const artist = await artistContext.newPage();
  await signUp(artist);
  const { handle, studioUrl } = await createArtistPage(artist, "Tokyo Test Trio");
  const pageId = studioUrl.split("/").pop()!;
  await artist.goto(`${studioUrl}/concerts`);

  // A new show must be in the future, with a real ticket link; the form keeps what was typed.
  await artist.getByLabel("Venue", { exact: true }).fill("Liquid Room");
  await artist.getByRole("region", { name: "Concerts" }).getByLabel("City").fill("Tokyo");
  await artist.getByLabel("Date and start time (venue's local time)").fill("2020-03-15T19:00");
  await artist.getByRole("button", { name: "Announce show" }).click();
  await expect(artist.getByText("That date is in the past. New shows must be in the future.")).toBeVisible();
  await expect(artist.getByLabel("Venue", { exact: true })).toHaveValue("Liquid Room");

  await artist.goto(`${studioUrl}/concerts`);
  const tokyo = await announceShow(artist, { venue: "Liquid Room", city: "Tokyo", country: "JP", local: "2031-03-15T19:00", zone: "Asia/Tokyo", ticketUrl: "https://tickets.example/liquid" });
  await artist.goto(`${studioUrl}/concerts`);
  const osaka = await announceShow(artist, { venue: "Zepp Namba", city: "Osaka", country: "JP", local: "2031-03-18T19:30", zone: "Asia/Tokyo" });

  // A fan in Los Angeles: 19:00 in Tokyo is 03:00 the same day there (PDT).
  const fanContext = await browser.newContext({ timezoneId: "America/Los_Angeles" });
  const fan = await fanContext.newPage();
  const fanUser = await signUp(fan);
  await fan.goto(`/concert/${tokyo}`);
  await expect(fan.getByRole("heading", { name: "Tokyo Test Trio at Liquid Room" })).toBeVisible();
  await expect(fan.getByTestId("venue-time")).toContainText("Sat, 15 Mar 2031, 19:00");
  await expect(fan.getByTestId("viewer-time")).toContainText("Sat 15 Mar, 03:00 PDT");
  const ld = JSON.parse((await fan.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ "@type": "MusicEvent", startDate: "2031-03-15T10:00:00.000Z", eventStatus: "https://schema.org/EventScheduled" });
  // Fans do not see the interest count; the artist does.
  await expect(fan.getByTestId("concert-interested")).toHaveCount(0);
  await fan.getByRole("button", { name: "I'm interested" }).click();
  await expect(fan.getByRole("button", { name: "Interested", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(fan.getByRole("button", { name: "Interested", exact: true })).not.toHaveAttribute("aria-busy", "true");
  await fan.reload();
  await expect(fan.getByRole("button", { name: "Interested", exact: true })).toHaveAttribute("aria-pressed", "true");

  await artist.goto(`${studioUrl}/concerts`);
  const row = artist.getByTestId("studio-concerts").getByRole("listitem").filter({ hasText: "Liquid Room" });
  await expect(row.getByTestId("interested-count")).toHaveText("1 interested");
  // Where the interested live, by city: one person reads "fewer than 5", never a name.
  await artist.goto(`${studioUrl}/concerts/${tokyo}`);
  const cities = artist.getByTestId("bars-interest-cities");
  await expect(cities.getByRole("heading", { name: "Interested, by city" })).toBeVisible();
  await expect(cities.locator("[data-people]")).toHaveText(["fewer than 5"]);
  await expect(cities).not.toContainText(fanUser.name);
  await artist.goto(`/concert/${tokyo}`);
  await expect(artist.getByTestId("concert-interested")).toHaveText("1 fan is interested");

  // The artist cancels (after confirming); the interested fan is told.
  await artist.getByRole("link", { name: "Manage show" }).click();
  await artist.getByRole("button", { name: "Cancel show…" }).click();
  await artist.getByRole("button", { name: "Yes, cancel the show" }).click();
  await expect(artist.getByText("Show cancelled. 1 interested fan was notified.")).toBeVisible();
  await expect(artist.getByText("This show is cancelled.")).toBeVisible();

  await fan.goto("/notifications");
  await expect(fan.getByRole("listitem").filter({ hasText: "cancelled the show at Liquid Room, Tokyo" })).toBeVisible();
  await fan.getByRole("link", { name: "cancelled the show at Liquid Room, Tokyo" }).click();
  await expect(fan.getByRole("status").filter({ hasText: "This show has been cancelled." })).toBeVisible();
  await expect(fan.getByRole("button", { name: /interested/i })).toHaveCount(0);

  // Postponing the other show to a past date is refused and changes nothing.
  await artist.goto(`/studio/pages/${pageId}/concerts/${osaka}`);
  await artist.getByLabel("New date and time (venue's local time)").fill("2021-01-01T20:00");
  await artist.getByRole("button", { name: "Postpone show" }).click();
  await expect(artist.getByText(/The new date is in the past/).first()).toBeVisible();
  await expect(artist.getByLabel("New date and time (venue's local time)")).toHaveValue("2021-01-01T20:00");

  // The subscribable feed parses with an independent iCalendar parser and holds both shows.
  const feed = await fan.request.get(`/@${handle}/concerts.ics`);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary)).toEqual(["Tokyo Test Trio at Liquid Room", "Tokyo Test Trio at Zepp Namba"]);
  expect(events[0].startDate.toJSDate().toISOString()).toBe("2031-03-15T10:00:00.000Z");
  expect(events[0].component.getFirstPropertyValue("status")).toBe("CANCELLED");
  expect(events[1].startDate.toJSDate().toISOString()).toBe("2031-03-18T10:30:00.000Z");
  expect(events[1].component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  expect(events[1].location).toContain("Zepp Namba");

  // /concerts: a date range in venue days, and the city filter.
  await fan.goto("/concerts?from=2031-03-16&to=2031-03-20&city=osa");
  await expect(fan.getByTestId("concert-results").getByRole("listitem")).toHaveCount(1);
  await expect(fan.getByTestId("concert-results")).toContainText("Zepp Namba, Osaka");

  await Promise.all([artistContext.close(), fanContext.close()]);
});

test("another account can neither open nor forge changes to a show", async ({ browser }) => {
  const artistContext = await browser.newContext();
  const artist = await artistContext.newPage();
  await signUp(artist);
  const { studioUrl } = await createArtistPage(artist, "Osaka Test Band");
  const pageId = studioUrl.split("/").pop()!;
  await artist.goto(`${studioUrl}/concerts`);
  // Outside the other test's date-range filter (they run in parallel on one database).
  const osaka = await announceShow(artist, { venue: "Zepp Namba", city: "Osaka", country: "JP", local: "2031-05-20T19:30", zone: "Asia/Tokyo" });

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  expect((await intruder.goto(`/studio/pages/${pageId}/concerts/${osaka}`))?.status()).toBe(404);
  const own = await createArtistPage(intruder, "Intruder Band");
  await intruder.goto(`${own.studioUrl}/concerts`);
  const ownShow = await announceShow(intruder, { venue: "Small Room", city: "Nagoya", country: "JP", local: "2031-04-01T19:00", zone: "Asia/Tokyo" });
  await intruder.goto(`${own.studioUrl}/concerts/${ownShow}`);
  // Their own page id with the victim's show: no such show on that page.
  await intruder.locator('input[name="concertId"]').first().evaluate((el, id) => ((el as HTMLInputElement).value = id), osaka);
  await intruder.getByRole("button", { name: "Postpone show" }).click();
  await expect(intruder.getByText("That show does not exist on this page.")).toBeVisible();
  // The victim's page id: refused outright.
  await intruder.goto(`${own.studioUrl}/concerts/${ownShow}`);
  const details = intruder.getByRole("region", { name: "Details" });
  await details.locator('input[name="profileId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), pageId);
  await details.locator('input[name="concertId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), osaka);
  await details.getByLabel("Venue", { exact: true }).fill("Hijacked Hall");
  await details.getByRole("button", { name: "Save changes" }).click();
  await expect(intruder.getByText("You cannot edit shows for this page.")).toBeVisible();
  await artist.goto(`/concert/${osaka}`);
  await expect(artist.getByRole("heading", { name: "Osaka Test Band at Zepp Namba" })).toBeVisible();

  await Promise.all([artistContext.close(), intruderContext.close()]);
});

test("the concerts page filters by city and keeps bad input with a message", async ({ page }) => {
  await page.goto("/concerts");
  await page.getByLabel("City").fill("Amsterdam");
  await page.getByRole("button", { name: "Show shows" }).click();
  await expect(page).toHaveURL(/city=Amsterdam/);
  const rows = page.getByTestId("concert-results").getByRole("listitem");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain(", Amsterdam");

  // Accents are folded, as in search: "sao paulo" finds São Paulo.
  await page.getByLabel("City").fill("sao paulo");
  await page.getByRole("button", { name: "Show shows" }).click();
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allTextContents()) expect(text).toContain(", São Paulo");

  await page.goto("/concerts?city=Amsterdam&from=2027-02-31");
  await expect(page.getByRole("form", { name: "Filter concerts" }).getByRole("alert")).toContainText("That is not a real date.");
  await expect(page.getByLabel("City")).toHaveValue("Amsterdam");
  for (const text of await rows.allTextContents()) expect(text).toContain(", Amsterdam");

  // "Only artists I follow" with no follows yet: nothing, and a way out.
  await signUp(page);
  await page.goto("/concerts");
  await page.getByLabel("Only artists I follow").check();
  await page.getByRole("button", { name: "Show shows" }).click();
  await expect(page.getByText("No shows match these filters")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(rows.first()).toBeVisible();
});
