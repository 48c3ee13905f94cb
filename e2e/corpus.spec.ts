import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { synthesize } from "../lib/media/synth";
import { announceShow, createArtistPage, signUp } from "./fixtures";

/**
 * The hostile-input corpus: what an attacker (or an unlucky paste) types into
 * every text field, and every surface that shows it afterwards, in a real
 * browser. Nothing may execute, no document may break, and each value is
 * either shown exactly as typed or refused with a message that keeps the input.
 */
const H = {
  tag: "<script>window.__pwned=1</script>",
  breaker: `"><img src=x onerror=window.__pwned=1>`,
  js: "javascript:window.__pwned=1//",
  crlf: "first line\r\nsecond line",
  rtl: "abc\u202Egnp.exe",
  nul: "nul\u0000byte",
  long: "L".repeat(10_000),
  emoji: "👩🏽‍🎤🎸🏳️‍🌈",
};

/** Any executed payload sets window.__pwned (or calls alert): the trap notices. */
async function trap(context: BrowserContext) {
  await context.addInitScript(() => {
    const hit = () => document.documentElement.setAttribute("data-pwned", "1");
    Object.defineProperty(window, "__pwned", { configurable: true, set: hit, get: () => undefined });
    window.alert = hit;
  });
}

/** Sets a field's value directly, past any maxlength, as a script or a paste could. */
async function force(field: Locator, value: string) {
  await field.evaluate((el, v) => {
    (el as HTMLInputElement).value = v;
  }, value);
}

async function expectIntact(page: Page) {
  await expect(page.locator("html")).not.toHaveAttribute("data-pwned", "1");
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(await page.locator("script").evaluateAll((els) => els.filter((e) => e.textContent?.trim() === "window.__pwned=1").length)).toBe(0);
}

async function visit(page: Page, url: string, errors: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await page.waitForLoadState("load");
  await expectIntact(page);
  expect(errors, url).toEqual([]);
}

test("hostile text in every field is stored as typed or refused, and no surface executes or breaks", async ({ browser }) => {
  test.setTimeout(180_000);
  const artistContext = await browser.newContext();
  await trap(artistContext);
  const artist = await artistContext.newPage();
  const errors: string[] = [];
  artist.on("pageerror", (e) => errors.push(`artist ${artist.url()}: ${e.message}`));
  await signUp(artist);
  const { handle, studioUrl } = await createArtistPage(artist, "Corpus Act");

  // A fan follows first, so notifications and share cards reach them.
  const fanContext = await browser.newContext();
  await trap(fanContext);
  const fan = await fanContext.newPage();
  fan.on("pageerror", (e) => errors.push(`fan ${fan.url()}: ${e.message}`));
  await signUp(fan);
  await fan.goto(`/@${handle}`);
  await fan.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(fan.getByRole("button", { name: "Following" })).toBeEnabled();

  // Profile: too long, NUL and javascript: links are refused with a message; what was typed stays.
  const name = `${H.tag} ${H.emoji}`;
  const bio = `${H.crlf}\n${H.breaker}\n${H.rtl}\n${H.emoji}`;
  await artist.goto(`${studioUrl}/settings`);
  const form = artist.locator("form").filter({ has: artist.getByRole("button", { name: "Save changes" }) });
  await force(form.getByLabel("Name", { exact: true }), H.long);
  await form.getByLabel("Bio").fill(H.nul);
  await form.getByLabel("Links").fill(H.js);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Name must be at most 80 characters.")).toBeVisible();
  await expect(form.getByText("Remove the invisible control characters from this text.")).toBeVisible();
  await expect(form.getByLabel("Links")).toHaveValue(H.js);
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Bio").fill(bio);
  await form.getByLabel("Links").fill(H.js);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Links must start with http:// or https://.")).toBeVisible();
  await expect(form.getByLabel("Bio")).toHaveValue(bio.replace(/\r\n/g, "\n"));
  await form.getByLabel("Links").fill(`https://example.com/?q="><script>window.__pwned=1</script>`);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(artist.getByText("Saved. Your page is up to date.")).toBeVisible();

  // An announcement.
  const announcement = `${H.tag} ${H.breaker} ${H.emoji}`;
  await artist.goto(`${studioUrl}/announcements`);
  await artist.getByLabel("Announcement", { exact: true }).fill(announcement);
  await artist.getByRole("button", { name: "Post to followers" }).click();
  await expect(artist.getByText(/Posted\. It reached 1 follower\./)).toBeVisible();

  // A release whose titles are payloads.
  const releaseTitle = `${H.tag}${H.emoji}`;
  const trackTitle = `${H.breaker} ${H.rtl}`;
  await artist.goto(`${studioUrl}/music`);
  await artist.getByLabel("Release title").fill(releaseTitle);
  await artist.getByLabel("Audio files").setInputFiles({ name: "corpus.wav", mimeType: "audio/wav", buffer: synthesize({ seconds: 4, root: 57, bpm: 120, seed: 9 }) });
  await artist.getByLabel("Title of track 1").fill(trackTitle);
  await artist.getByRole("button", { name: "Publish release" }).click();
  await expect(artist.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();

  // A video caption.
  const caption = `${H.breaker} ${H.emoji}`;
  await artist.goto(`${studioUrl}/videos`);
  await artist.getByLabel("Video file").setInputFiles({ name: "corpus.webm", mimeType: "video/webm", buffer: fs.readFileSync(path.join(process.cwd(), "db/seed/videos/drift.webm")) });
  await artist.getByLabel("Caption").fill(caption);
  await artist.getByRole("button", { name: "Post video" }).click();
  await expect(artist.getByText("Posted! It is on your page and in your followers' streams.")).toBeVisible();

  // A show: a javascript: ticket link is refused; venue, city and lineup are payloads.
  await artist.goto(`${studioUrl}/concerts`);
  const venue = `${H.breaker}`;
  const city = `São ${H.tag}`;
  await artist.getByLabel("Ticket link").fill(H.js);
  await artist.getByLabel("Venue", { exact: true }).fill(venue);
  await artist.getByRole("button", { name: "Announce show" }).click();
  await expect(artist.getByText("Ticket link must start with http:// or https://.")).toBeVisible();
  await expect(artist.getByLabel("Venue", { exact: true })).toHaveValue(venue);
  const concertId = await announceShow(artist, { venue, city, country: "BR", local: "2031-09-12T21:00", zone: "America/Sao_Paulo", ticketUrl: "" });

  // A product and an option.
  const productTitle = `${H.tag} tee`;
  const option = `"><b onmouseover=x>${H.emoji}`;
  await artist.goto(`${studioUrl}/merch`);
  await artist.getByRole("link", { name: "New product" }).click();
  await force(artist.getByLabel("Product title"), H.long);
  await artist.getByLabel("Price", { exact: true }).fill("20");
  await artist.getByLabel("Status").selectOption("live");
  await artist.getByLabel("Option 1 name").fill(option);
  await artist.getByRole("button", { name: "Create product" }).click();
  await expect(artist.getByText("Titles must be at most 100 characters.")).toBeVisible();
  await expect(artist.getByLabel("Option 1 name")).toHaveValue(option);
  await artist.getByLabel("Product title").fill(productTitle);
  await artist.getByRole("button", { name: "Create product" }).click();
  await expect(artist.getByText("Product created.")).toBeVisible();
  const productUrl = (await artist.getByRole("link", { name: "View product" }).getAttribute("href"))!;

  // Surfaces, as a signed-out visitor.
  const visitorContext = await browser.newContext();
  await trap(visitorContext);
  const visitor = await visitorContext.newPage();
  visitor.on("pageerror", (e) => errors.push(`visitor ${visitor.url()}: ${e.message}`));
  await visit(visitor, `/@${handle}`, errors);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(visitor.getByText(H.breaker, { exact: false }).first()).toBeVisible();
  expect(await visitor.locator('meta[property="og:title"]').getAttribute("content")).toBe(name);
  await expect(visitor.getByRole("region", { name: "Videos" })).toContainText(caption);
  const trackLink = visitor.getByRole("link", { name: trackTitle }).first();
  const trackUrl = (await trackLink.getAttribute("href"))!;
  await visit(visitor, trackUrl, errors);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(trackTitle);
  expect(await visitor.locator('meta[property="og:title"]').getAttribute("content")).toContain(trackTitle);

  const releaseLink = visitor.getByRole("link", { name: releaseTitle }).first();
  await visit(visitor, (await releaseLink.getAttribute("href"))!, errors);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(releaseTitle);

  await visit(visitor, `/concert/${concertId}`, errors);
  await expect(visitor.getByText(venue).first()).toBeVisible();
  const ld = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.location.name).toBe(venue);
  expect(ld.location.address.addressLocality).toBe(city);
  const ics = await (await visitor.request.get(`/concert/${concertId}/calendar.ics`)).text();
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
  expect(event.getFirstPropertyValue("location")).toContain(venue);
  // No injected property: every line is a property or a folded continuation.
  expect(ics.split("\r\n").filter((line) => line && !/^( |[A-Z-]+[:;])/.test(line))).toEqual([]);

  await visit(visitor, productUrl, errors);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(productTitle);
  await expect(visitor.getByText(option.replace(/^"><b onmouseover=x>/, "")).first()).toBeVisible();

  // Embeds and oEmbed.
  const trackId = trackUrl.split("/").pop()!;
  await visit(visitor, `/embed/track/${trackId}`, errors);
  await expect(visitor.getByText(trackTitle).first()).toBeVisible();
  await visit(visitor, `/embed/follow/${handle}?style=detailed`, errors);
  await expect(visitor.getByText(name).first()).toBeVisible();
  const oembed = await (await visitor.request.get(`/oembed?url=${encodeURIComponent(`http://localhost:3100${trackUrl}`)}&format=json`)).json();
  expect(oembed.title).toBe(trackTitle);
  const frames = await visitor.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return { iframes: doc.querySelectorAll("iframe").length, other: doc.body.querySelectorAll(":not(iframe)").length, title: doc.querySelector("iframe")?.getAttribute("title") };
  }, oembed.html as string);
  expect(frames).toEqual({ iframes: 1, other: 0, title: `${trackTitle} on Chorus` });

  // The fan's notifications and stream, and a message with a share card.
  await visit(fan, "/notifications", errors);
  await expect(fan.getByText(announcement.slice(0, 60)).first()).toBeVisible();
  await visit(fan, "/", errors);
  await visit(fan, "/messages", errors);
  await fan.getByLabel("To", { exact: true }).fill(`@${handle}`);
  await force(fan.getByLabel("Message", { exact: true }), "x".repeat(2001));
  await fan.getByRole("button", { name: "Send" }).click();
  await expect(fan.getByText("Messages can be at most 2,000 characters.").first()).toBeVisible();
  await fan.getByLabel("Message", { exact: true }).fill(`${H.tag}\n${H.breaker}\n${H.rtl} ${H.emoji} http://localhost:3100${trackUrl}`);
  await fan.getByRole("button", { name: "Send" }).click();
  await expect(fan).toHaveURL(/\/messages\/[0-9A-Za-z]+/);
  await expectIntact(fan);
  await expect(fan.getByText(H.tag).first()).toBeVisible();
  await expect(fan.getByTestId("message-card").first()).toContainText(trackTitle);
  expect(errors).toEqual([]);
  await Promise.all([artistContext.close(), fanContext.close(), visitorContext.close()]);
});
