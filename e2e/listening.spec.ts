import { expect, test, type Page } from "@playwright/test";
import { synthesize } from "../lib/media/synth";
import { createArtistPage, DEMO, signIn, signUp, unique } from "./fixtures";

/** A loud master: the demo synth pushed 4x into clipping, as some masters are. */
function loudWav(seconds: number): Buffer {
  const wav = synthesize({ seconds, root: 52, bpm: 118, seed: 77, energy: 0.9 });
  for (let i = 44; i + 1 < wav.length; i += 2) wav.writeInt16LE(Math.max(-32768, Math.min(32767, wav.readInt16LE(i) * 4)), i);
  return wav;
}

const playerSeconds = async (page: Page) => {
  const [m, s] = (await page.getByTestId("player-time").innerText()).trim().split(":").map(Number);
  return m * 60 + s;
};

test("a creator's WAV is processed; listeners hear the normalised stream, see the waveform, and talk about a moment live", async ({ page: creator, browser }) => {
  test.setTimeout(180_000);
  // The creator uploads a minute-long WAV and watches it go from processing to ready.
  await signUp(creator);
  const { handle } = await createArtistPage(creator, "Loud Rooms", "loud_");
  await creator.goto(`${creator.url().split("?")[0]}/music`);
  const title = `Pressure ${unique("")}`;
  await creator.getByLabel("Release title").fill(title);
  await creator.getByLabel("Audio files").setInputFiles({ name: "pressure.wav", mimeType: "audio/wav", buffer: loudWav(60) });
  await creator.getByLabel("Title of track 1").fill(title);
  await creator.getByRole("button", { name: "Publish release" }).click();
  await expect(creator.getByRole("status").filter({ hasText: "Published!" })).toBeVisible();
  const status = creator.getByTestId("audio-status");
  await expect(status).toContainText(/Waiting to process|Processing/);
  await expect(status).toHaveText("Ready", { timeout: 30_000 });

  // A listener opens the track: a waveform, and the player streams Opus, turned down to the common loudness.
  await creator.goto(`/@${handle}`);
  await creator.getByTestId("track-list").getByRole("link", { name: title }).click();
  await expect(creator).toHaveURL(/\/track\//);
  const trackUrl = creator.url();
  const listener = await (await browser.newContext()).newPage();
  await signIn(listener, DEMO.listener);
  await listener.goto(trackUrl);
  await expect(listener.getByTestId("track-waveform")).toBeVisible();
  const stream = listener.waitForResponse((r) => r.url().includes("/api/media/") && r.url().includes("fmt=opus"));
  await listener.getByRole("button", { name: `Play ${title}` }).click();
  expect((await stream).headers()["content-type"]).toBe("audio/webm");
  const dock = listener.getByRole("region", { name: "Player" });
  await expect(dock.getByTestId("dock-waveform")).toBeVisible();
  const volume = () => listener.getByTestId("player-audio").evaluate((a: HTMLAudioElement) => a.volume);
  await expect.poll(volume).toBeLessThan(0.5);
  await dock.getByRole("button", { name: /^Queue/ }).click();
  await dock.getByLabel("Even out loudness between tracks").uncheck();
  await expect.poll(volume).toBe(1);
  await dock.getByLabel("Even out loudness between tracks").check();
  await expect.poll(volume).toBeLessThan(0.5);
  await dock.getByRole("button", { name: "Close queue" }).click();

  // Another listener has the page open while the first comments on a moment of the track.
  const other = await (await browser.newContext()).newPage();
  await signUp(other);
  await other.goto(trackUrl);
  await expect(other.getByText("No comments yet. Be the first.")).toBeVisible();

  await expect.poll(() => playerSeconds(listener), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
  await dock.getByRole("button", { name: "Pause" }).click();
  const at = await playerSeconds(listener);
  const stamp = `0:${String(at).padStart(2, "0")}`;
  const comments = listener.getByTestId("comments");
  await comments.getByLabel("Comment on this track").fill(`This moment @${handle}!`);
  await expect(comments.getByLabel(`At ${stamp}`)).toBeChecked();
  await comments.getByRole("button", { name: "Post" }).click();
  await expect(comments.getByLabel("Comment on this track")).toHaveValue("");
  await expect(comments.getByTestId("comment").first()).toContainText(`at ${stamp}`);

  // It appears for the other listener without a reload: in the list and as an avatar on the waveform.
  const seen = other.getByTestId("comment").filter({ hasText: "This moment" });
  await expect(seen).toBeVisible({ timeout: 10_000 });
  await expect(seen.getByRole("link", { name: `@${handle}` })).toHaveAttribute("href", `/@${handle}`);
  const marker = other.getByRole("list", { name: "Timed comments" }).getByRole("button", { name: new RegExp(`This moment.*go to ${stamp}`) });
  await expect(marker).toBeVisible();
  await marker.click();
  const otherDock = other.getByRole("region", { name: "Player" });
  await expect(otherDock.getByTestId("now-playing")).toHaveText(title);
  await expect.poll(() => playerSeconds(other), { timeout: 10_000 }).toBeGreaterThanOrEqual(at);

  // The creator, as the page's team, hides the comment from listeners: it goes for them at once.
  await creator.goto(trackUrl);
  const own = creator.getByTestId("comment").filter({ hasText: "This moment" });
  await own.getByRole("button", { name: "Hide" }).click();
  await expect(own).toContainText("Hidden from listeners");
  await expect(other.getByTestId("comment").filter({ hasText: "This moment" })).toHaveCount(0, { timeout: 10_000 });
});
