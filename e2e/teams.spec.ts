import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { synthesize } from "../lib/media/synth";
import { createArtistPage, DEMO, signIn, signUp, unique } from "./fixtures";

const wav = (name: string, seconds: number, seed: number) => ({ name, mimeType: "audio/wav", buffer: synthesize({ seconds, root: 57, bpm: 110, seed }) });

async function publish(page: Page, studioUrl: string, title: string, tracks: string[], artist?: string) {
  await page.goto(`${studioUrl}/music`);
  if (artist) await page.getByLabel("Release for").selectOption({ label: artist });
  await page.getByLabel("Release title").fill(title);
  await page.getByLabel("Type").first().selectOption(tracks.length > 1 ? "ep" : "single");
  await page.getByLabel("Audio files").setInputFiles(tracks.map((t, i) => wav(`${t}.wav`, 3, i + 1)));
  for (const [i, t] of tracks.entries()) await page.getByLabel(`Title of track ${i + 1}`).fill(t);
  await page.getByRole("button", { name: "Publish release" }).click();
  const link = page.getByRole("status").getByRole("link", { name: "Open the release" });
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!.split("/").pop()!;
}

test("a creator fixes a published release and listeners see it at once: rename, new cover, new order, new audio", async ({ page, browser }) => {
  await signIn(page, DEMO.artist);
  const { studioUrl } = await createArtistPage(page, "Fix It Later", "fix_");
  const releaseId = await publish(page, studioUrl, "Frist Light", ["Second Song", "Opener"]);

  await page.goto(`${studioUrl}/music`);
  await page.getByRole("link", { name: "Edit Frist Light" }).click();
  await expect(page.getByRole("heading", { name: "Frist Light" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("First Light");
  await page.getByLabel("Copyright line").fill("℗ 2026 Fix It Later");
  await page.getByLabel("UPC / EAN (optional)").fill("12345");
  await page.getByRole("button", { name: "Save release" }).click();
  // Bad input: a clear message, nothing saved, nothing typed lost.
  await expect(page.getByText("A UPC/EAN is 12 or 13 digits.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("First Light");
  await page.getByLabel("UPC / EAN (optional)").fill("");
  await page.getByRole("button", { name: "Save release" }).click();
  await expect(page.getByText("Saved. Listeners see the change now.")).toBeVisible();

  // A new cover, and the opener moved up with the keyboard-reachable arrow.
  await expect(page.getByRole("img", { name: "Current cover" })).toHaveCount(0);
  await page.getByLabel("Upload cover").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: fs.readFileSync(path.join(process.cwd(), "public/icon-512.png")) });
  await expect(page.getByText("Cover updated.")).toBeVisible();
  const cover = (await page.getByRole("img", { name: "Current cover" }).getAttribute("src"))!;
  await page.getByRole("button", { name: "Move Opener up" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Opener moved to position 1 of 2.");
  await expect(page.getByTestId("track-row").first()).toContainText("Opener");

  // The opener's audio replaced by a longer take: same track, new length.
  await page.getByRole("button", { name: "Edit Opener" }).click();
  await page.getByLabel("Replace audio…").setInputFiles(wav("take2.wav", 5, 9));
  await expect(page.getByText(/New audio is live \(0:05\)/)).toBeVisible();
  await page.getByLabel("Lyrics (shown on the track page)").fill("Open the door\nlet the light in");
  await page.getByLabel("Featured artists (their page handles)").fill("@novalane");
  await page.getByRole("button", { name: "Save track" }).click();
  await expect(page.getByText("Saved “Opener”.")).toBeVisible();

  // A listener (signed out, so served from the page cache) sees all of it on the next visit.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/release/${releaseId}`);
  await expect(visitor.getByRole("heading", { name: "First Light" })).toBeVisible();
  await expect(visitor.getByText("℗ 2026 Fix It Later")).toBeVisible();
  const rows = visitor.getByTestId("track-list").getByRole("listitem");
  await expect(rows.first()).toContainText("Opener");
  await expect(rows.first()).toContainText("0:05");
  await expect(visitor.locator(`img[src^="${cover.split("?")[0]}"]`).first()).toBeVisible();
  await rows.first().getByRole("link", { name: "Opener" }).click();
  await expect(visitor.getByTestId("featured")).toHaveText("feat. Nova Lane");
  await visitor.getByText("Lyrics").click();
  await expect(visitor.getByText("let the light in")).toBeVisible();
  await visitor.context().close();

  // Unpublished, it is gone for listeners; deleted, it is gone for good.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByText(/Unpublished: only your team sees it/)).toBeVisible();
  const again = await (await browser.newContext()).newPage();
  expect((await again.goto(`/release/${releaseId}`))!.status()).toBe(404);
  await page.getByRole("button", { name: "Delete release" }).click();
  await page.getByRole("button", { name: "Yes" }).click();
  await expect(page).toHaveURL(/\/music\?deleted=1$/);
  await expect(page.getByRole("link", { name: "Edit First Light" })).toHaveCount(0);
  await again.context().close();
});

test("a team: an editor publishes a video but never sees orders; ownership is handed over and accepted; the page is deleted and its handle stays reserved", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.artist);
  const { handle, studioUrl } = await createArtistPage(page, "Band With Friends", "team_");
  const mate = await (await browser.newContext()).newPage();
  const bandmate = await signUp(mate);

  // Invited by handle, as an Editor; a wrong handle is said so and kept.
  await page.goto(`${studioUrl}/team`);
  await page.getByLabel("Their handle").fill("@nobody_by_that_name");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText(/Nobody on Chorus has the handle @nobody_by_that_name/).first()).toBeVisible();
  await page.getByLabel("Their handle").fill(`@${bandmate.handle}`);
  await page.getByLabel("Role").selectOption("editor");
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText(`Invited @${bandmate.handle} as an editor. They join when they accept.`)).toBeVisible();
  // Not a member until accepted: Studio is a 404 for them.
  expect((await mate.goto(studioUrl))!.status()).toBe(404);

  await mate.goto("/notifications");
  await expect(mate.getByText("invited you to join its team as an editor")).toBeVisible();
  await mate.getByRole("button", { name: "Accept: Band With Friends" }).click();
  await expect(mate.getByRole("region", { name: "Waiting for your answer" })).toHaveCount(0);
  await mate.goto("/studio");
  await mate.getByRole("link", { name: /Band With Friends/ }).click();
  // An editor starts on Music: no numbers, no orders, no settings.
  await expect(mate).toHaveURL(`${studioUrl}/music`);
  const tabs = mate.getByRole("navigation", { name: "Studio sections" });
  await expect(tabs.getByRole("link", { name: "Videos" })).toBeVisible();
  for (const hidden of ["Orders", "Overview", "Merch", "Team", "Page settings"]) await expect(tabs.getByRole("link", { name: hidden })).toHaveCount(0);
  expect((await mate.goto(`${studioUrl}/orders`))!.status()).toBe(404);
  expect((await mate.goto(`${studioUrl}/settings`))!.status()).toBe(404);
  await mate.goto(`${studioUrl}/videos`);
  await mate.getByLabel("Video file").setInputFiles({ name: "clip.webm", mimeType: "video/webm", buffer: fs.readFileSync(path.join(process.cwd(), "db/seed/videos/drift.webm")) });
  await mate.getByLabel("Caption").fill("Soundcheck in Leipzig");
  await mate.getByRole("button", { name: "Post video" }).click();
  await expect(mate.getByText("Posted! It is on your page and in your followers' streams.")).toBeVisible();

  // The owner reads who did what.
  await page.goto(`${studioUrl}/log`);
  const log = page.getByRole("list", { name: "Changes, newest first" });
  await expect(log).toContainText(`${bandmate.name} posted a video`);
  await expect(log).toContainText(`${bandmate.name} joined the team as Editor`);

  // Handing the page over: nothing moves until the new owner accepts.
  await page.goto(`${studioUrl}/team`);
  await page.getByLabel("New owner's handle").fill(bandmate.handle);
  await page.getByRole("button", { name: "Offer ownership" }).click();
  await expect(page.getByText(`Waiting for @${bandmate.handle} to accept ownership.`)).toBeVisible();
  await mate.goto("/notifications");
  await mate.getByRole("button", { name: "Accept: Band With Friends" }).click();
  await expect(mate.getByRole("region", { name: "Waiting for your answer" })).toHaveCount(0);
  await mate.goto(`${studioUrl}/team`);
  await expect(mate.getByRole("list", { name: "Team members" }).getByRole("listitem").first()).toContainText(`@${bandmate.handle} · Owner`);
  await expect(mate.getByRole("list", { name: "Team members" })).toContainText("@alexrivera · Admin");
  // The old owner is an admin now: no more deleting.
  await page.goto(`${studioUrl}/settings`);
  await expect(page.getByRole("button", { name: "Delete this page…" })).toHaveCount(0);

  // The new owner deletes the page; the handle stays reserved.
  await mate.goto(`${studioUrl}/settings`);
  await mate.getByRole("button", { name: "Delete this page…" }).click();
  await mate.getByLabel(`Type @${handle} to confirm`).fill("wrong");
  await mate.getByRole("button", { name: "Delete Band With Friends for good" }).click();
  await expect(mate.getByText(`Type @${handle} to confirm.`).last()).toBeVisible();
  await mate.getByLabel(`Type @${handle} to confirm`).fill(`@${handle}`);
  await mate.getByRole("button", { name: "Delete Band With Friends for good" }).click();
  await expect(mate.getByText("Band With Friends is deleted.")).toBeVisible();
  expect((await mate.goto(`/@${handle}`))!.status()).toBe(404);
  await page.goto("/studio");
  await expect(page.getByRole("link", { name: /Band With Friends/ })).toHaveCount(0);
  await page.getByLabel("Page name").fill("Squatter");
  await page.getByLabel("Page handle").fill(handle);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText(`@${handle} was in use recently and is reserved. Please pick another handle.`)).toBeVisible();
  await mate.context().close();
});

test("a label releases for an artist on its roster: the release shows on both pages, credited 'on' the label", async ({ page, browser }) => {
  await signIn(page, DEMO.artist);
  const artist = await createArtistPage(page, "Roster Artist", "ros_");
  await page.goto("/studio");
  const labelHandle = unique("lbl_");
  await page.getByLabel("Page type").selectOption("label");
  await page.getByLabel("Page name").fill("Quiet Hours Records");
  await page.getByLabel("Page handle").fill(labelHandle);
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page.getByText("Your page is live.")).toBeVisible();
  const labelStudio = page.url().split("?")[0];

  await page.goto(`${labelStudio}/roster`);
  await page.getByLabel("Artist page's handle").fill(`@${artist.handle}`);
  await page.getByRole("button", { name: "Invite to roster" }).click();
  await expect(page.getByText(/Invited Roster Artist/)).toBeVisible();
  // The artist's side accepts (here the same account runs both pages).
  await page.goto("/notifications");
  await page.getByRole("button", { name: "Join the roster of Quiet Hours Records" }).click();
  await expect(page.getByRole("button", { name: "Join the roster of Quiet Hours Records" })).toHaveCount(0);

  const releaseId = await publish(page, labelStudio, "Night Bus", ["Night Bus"], "Roster Artist");
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/release/${releaseId}`);
  await expect(visitor.getByTestId("release-label")).toHaveText("Quiet Hours Records");
  await expect(visitor.getByRole("link", { name: "Roster Artist" }).first()).toBeVisible();
  for (const handle of [artist.handle, labelHandle]) {
    await visitor.goto(`/@${handle}`);
    await expect(visitor.getByRole("region", { name: "Releases" })).toContainText("Night Bus");
  }
  await expect(visitor.getByRole("region", { name: "Roster" })).toContainText("Roster Artist");
  await visitor.context().close();
});
