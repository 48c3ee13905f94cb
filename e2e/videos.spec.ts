import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createArtistPage, signUp } from "./fixtures";

test("a creator posts a short video: an image renamed .mp4 is refused, a real clip lands on the page and in a follower's stream", async ({ browser }) => {
  const creatorContext = await browser.newContext();
  const creator = await creatorContext.newPage();
  await signUp(creator);
  const { handle, studioUrl } = await createArtistPage(creator, "Video Test Duo");

  const fanContext = await browser.newContext();
  const fan = await fanContext.newPage();
  await signUp(fan);
  await fan.goto(`/@${handle}`);
  await fan.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(fan.getByRole("button", { name: "Following" })).toBeEnabled();

  await creator.goto(`${studioUrl}/videos`);
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#ff0000" } }).png().toBuffer();
  await creator.getByLabel("Video file").setInputFiles({ name: "clip.mp4", mimeType: "video/mp4", buffer: png });
  await creator.getByLabel("Caption").fill("Not really a video");
  await creator.getByRole("button", { name: "Post video" }).click();
  await expect(creator.getByText("clip.mp4 is not a video we can play").first()).toBeVisible();
  await expect(creator.getByLabel("Caption")).toHaveValue("Not really a video");

  const clip = fs.readFileSync(path.join(process.cwd(), "db/seed/videos/tape.webm"));
  await creator.getByLabel("Video file").setInputFiles({ name: "first-take.webm", mimeType: "video/webm", buffer: clip });
  await creator.getByLabel("Caption").fill("First take in the new room");
  await creator.getByRole("button", { name: "Post video" }).click();
  await expect(creator.getByText("Posted! It is on your page and in your followers' streams.")).toBeVisible();

  await fan.goto(`/@${handle}`);
  const tile = fan.getByRole("region", { name: "Videos" }).getByTestId("video-tile");
  await expect(tile).toContainText("First take in the new room");
  // The poster was captured from the clip in the browser.
  await expect(tile.locator("video")).toHaveAttribute("poster", /\/api\/media\//);
  const src = await tile.locator("video").getAttribute("src");
  const media = await fan.request.get(src!, { headers: { Range: "bytes=0-99" } });
  expect(media.status()).toBe(206);
  expect(media.headers()["content-type"]).toBe("video/webm");

  await fan.goto("/");
  const item = fan.getByTestId("feed-item").filter({ hasText: "First take in the new room" });
  await expect(item).toContainText("Video Test Duo posted a video");
  await Promise.all([creatorContext.close(), fanContext.close()]);
});
