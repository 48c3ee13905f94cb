import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { announceShow, createArtistPage, signUp } from "./fixtures";

/**
 * What listeners and artists ran into first with concerts. Each test keeps its
 * shows in its own dates of 2032, away from the seed (the next 80 days) and the
 * other specs (2030-2031), which share one database and run in parallel.
 */

const thisYear = new Date().getFullYear();

/** A new account with a new artist page, on its Studio page's Concerts section. */
async function artistWithPage(page: Page, name: string) {
  await signUp(page);
  const created = await createArtistPage(page, name);
  await page.goto(`${created.studioUrl}/concerts`);
  return created;
}

test("/concerts: in distance groups from the fan (country, region, further), by date within each, with the year; by date for a visitor", async ({ browser }) => {
  const artistContext = await browser.newContext();
  const artist = await artistContext.newPage();
  const { studioUrl } = await artistWithPage(artist, "Grouping Test Band");
  // Announced far-first: Tokyo is the soonest show, Munich the latest.
  await announceShow(artist, { venue: "Budokan Test Hall", city: "Tokyo", country: "JP", local: "2032-02-10T18:00", zone: "Asia/Tokyo" });
  await artist.goto(`${studioUrl}/concerts`);
  await announceShow(artist, { venue: "Arena Test Hall", city: "Vienna", country: "AT", local: "2032-02-10T21:00", zone: "Europe/Vienna" });
  await artist.goto(`${studioUrl}/concerts`);
  await announceShow(artist, { venue: "Backstage Test Hall", city: "Munich", country: "DE", local: "2032-02-11T20:00", zone: "Europe/Berlin" });

  // A fan who signed up in Germany (newUser's country).
  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  await signUp(fan);
  await fan.goto("/concerts?from=2032-02-10&to=2032-02-11");
  await expect(fan.getByTestId("concert-order")).toHaveText("Sorted by distance group (in Germany, then elsewhere in Europe, then further away), then by date, soonest first.");
  const results = fan.getByTestId("concert-results");
  await expect(results.getByRole("heading")).toHaveText(["In Germany", "Elsewhere in Europe", "Further away"]);
  const rows = results.getByRole("listitem");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Backstage Test Hall, Munich");
  await expect(rows.nth(1)).toContainText("Arena Test Hall, Vienna");
  await expect(rows.nth(2)).toContainText("Budokan Test Hall, Tokyo");
  // Another year than this one is said, in the date badge and the venue time.
  if (thisYear !== 2032) {
    await expect(rows.getByTestId("concert-year")).toHaveText(["2032", "2032", "2032"]);
    await expect(rows.nth(0).getByTestId("venue-time")).toContainText("11 Feb 2032, 20:00");
  }

  // Someone signed out: no location, so plain date order, and the page says so.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/concerts?from=2032-02-10&to=2032-02-11");
  await expect(visitor.getByTestId("concert-order")).toHaveText("Sorted by date, soonest first.");
  const visitorRows = visitor.getByTestId("concert-results").getByRole("listitem");
  await expect(visitorRows).toHaveCount(3);
  await expect(visitorRows.nth(0)).toContainText("Budokan Test Hall, Tokyo");
  await expect(visitorRows.nth(1)).toContainText("Arena Test Hall, Vienna");
  await expect(visitorRows.nth(2)).toContainText("Backstage Test Hall, Munich");

  await Promise.all([artistContext.close(), fanContext.close(), visitorContext.close()]);
});

test("a cancelled show offers no Add to calendar; its calendar file says CANCELLED with a higher SEQUENCE and the country", async ({ page }) => {
  const { studioUrl } = await artistWithPage(page, "Cancel Test Band");
  const pageId = studioUrl.split("/").pop()!;
  const id = await announceShow(page, { venue: "Moritzbastei Test", city: "Leipzig", country: "DE", local: "2032-03-05T20:00", zone: "Europe/Berlin" });
  await page.goto(`/concert/${id}`);
  await expect(page.getByRole("link", { name: "Add to calendar" })).toBeVisible();
  const before = new ICAL.Event(new ICAL.Component(ICAL.parse(await (await page.request.get(`/concert/${id}/calendar.ics`)).text())).getFirstSubcomponent("vevent")!);
  expect(before.sequence).toBe(0);
  expect(before.location).toBe("Moritzbastei Test, Leipzig, Germany");

  await page.goto(`/studio/pages/${pageId}/concerts/${id}`);
  await page.getByRole("button", { name: "Cancel show…" }).click();
  await page.getByRole("button", { name: "Yes, cancel the show" }).click();
  await expect(page.getByText(/^Show cancelled\./)).toBeVisible();

  await page.goto(`/concert/${id}`);
  await expect(page.getByRole("status").filter({ hasText: "This show has been cancelled." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add to calendar" })).toHaveCount(0);
  // Calendars that already hold the show still learn it is off.
  const after = new ICAL.Event(new ICAL.Component(ICAL.parse(await (await page.request.get(`/concert/${id}/calendar.ics`)).text())).getFirstSubcomponent("vevent")!);
  expect(after.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  expect(after.sequence).toBeGreaterThan(before.sequence);
});

test("an @tagged act in a lineup is told, and the show is on its page, with the headliner", async ({ browser }) => {
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  const { handle: guestHandle } = await artistWithPage(guest, "Guest Test Act");

  const headlinerContext = await browser.newContext();
  const headliner = await headlinerContext.newPage();
  await artistWithPage(headliner, "Headline Test Act");
  await headliner.getByRole("region", { name: "Concerts" }).getByLabel("Lineup", { exact: true }).fill(`@${guestHandle}, Local Support`);
  const id = await announceShow(headliner, { venue: "Conne Island Test", city: "Leipzig", country: "DE", local: "2032-04-02T20:00", zone: "Europe/Berlin" });

  await guest.goto(`/@${guestHandle}`);
  const onTour = guest.getByRole("region", { name: "On tour" });
  const row = onTour.getByRole("listitem").filter({ hasText: "Conne Island Test, Leipzig" });
  await expect(row.getByTestId("guest-of")).toHaveText("with Headline Test Act");
  await expect(row.getByRole("link", { name: "Conne Island Test, Leipzig" })).toHaveAttribute("href", `/concert/${id}`);

  await guest.goto("/notifications");
  await expect(guest.getByRole("listitem").filter({ hasText: "Headline Test Act" }).filter({ hasText: "put Guest Test Act on the bill at Conne Island Test, Leipzig" })).toBeVisible();

  // The show's page links the tagged act.
  await guest.goto(`/concert/${id}`);
  await expect(guest.getByRole("link", { name: "Guest Test Act" })).toHaveAttribute("href", `/@${guestHandle}`);

  await Promise.all([guestContext.close(), headlinerContext.close()]);
});

test("My shows: a visitor is asked to sign in; a listener finds the show they marked Interested", async ({ browser }) => {
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/concerts");
  await visitor.getByRole("navigation", { name: "Concert lists" }).getByRole("link", { name: "My shows" }).click();
  await expect(visitor).toHaveURL(/\/concerts\/mine$/);
  await expect(visitor.getByText("Sign in to see your shows")).toBeVisible();
  await expect(visitor.getByRole("main").getByRole("link", { name: "Sign in", exact: true })).toHaveAttribute("href", "/signin?callbackUrl=/concerts/mine");

  const artistContext = await browser.newContext();
  const artist = await artistContext.newPage();
  await artistWithPage(artist, "Interest Test Band");
  const id = await announceShow(artist, { venue: "Gretchen Test", city: "Berlin", country: "DE", local: "2032-05-14T21:00", zone: "Europe/Berlin" });

  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  await signUp(fan);
  await fan.goto("/concerts/mine");
  await expect(fan.getByText("No upcoming shows yet")).toBeVisible();
  await fan.goto(`/concert/${id}`);
  await fan.getByRole("button", { name: "I'm interested" }).click();
  await expect(fan.getByRole("button", { name: "Interested", exact: true })).toHaveAttribute("aria-pressed", "true");
  // Optimistic: leaving before the server has answered would cancel the request.
  await expect(fan.getByRole("button", { name: "Interested", exact: true })).not.toHaveAttribute("aria-busy", "true");

  await fan.goto("/concerts");
  await fan.getByRole("navigation", { name: "Concert lists" }).getByRole("link", { name: "My shows" }).click();
  await expect(fan).toHaveURL(/\/concerts\/mine$/);
  await expect(fan.getByRole("link", { name: "My shows" })).toHaveAttribute("aria-current", "page");
  const mine = fan.getByTestId("my-upcoming-shows").getByRole("listitem");
  await expect(mine).toHaveCount(1);
  await expect(mine.first()).toContainText("Interest Test Band");
  await expect(mine.first().getByRole("link", { name: "Gretchen Test, Berlin" })).toHaveAttribute("href", `/concert/${id}`);

  await Promise.all([visitorContext.close(), artistContext.close(), fanContext.close()]);
});
