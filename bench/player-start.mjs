// Player start benchmark: how long from a click on Play to the first audio playing, for a
// 5-minute track, in a real browser (system Chromium) against a running Chorus.
// It uploads the track through Studio as the demo artist (a 5-minute WAV), waits for the
// audio pipeline to finish, then, signed out, clicks Play on the track page N times
// (a fresh page and an empty cache each time) and prints p50/p95/max.
//
// usage: BASE_URL=http://localhost:3000 npm run bench:player -- [--runs 10]
// Target: under 300 ms on localhost.
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const i = process.argv.indexOf("--runs");
const RUNS = i > 0 ? Number(process.argv[i + 1]) : 10;

/** A 5-minute 16 kHz mono WAV (the seed's synth, as the upload). */
async function wav() {
  const seconds = 300;
  const rate = 16_000;
  const data = Buffer.alloc(seconds * rate * 2);
  for (let n = 0; n < seconds * rate; n++) {
    const t = n / rate;
    const v = 0.3 * Math.sin(2 * Math.PI * 220 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 0.5 * t)) + 0.1 * Math.sin(2 * Math.PI * 330 * t);
    data.writeInt16LE(Math.round(v * 32767), n * 2);
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--autoplay-policy=no-user-gesture-required", "--mute-audio"] });
try {
  const creator = await (await browser.newContext()).newPage();
  await creator.goto(`${base}/signin`);
  await creator.getByLabel("Email").fill("artist@chorus.test");
  await creator.getByLabel("Password").fill("chorus-demo");
  await creator.getByRole("button", { name: "Sign in" }).click();
  await creator.waitForURL((u) => !u.pathname.startsWith("/signin"));
  await creator.goto(`${base}/studio`);
  await creator.getByRole("link", { name: /Nova Lane/ }).first().click();
  await creator.waitForURL(/\/studio\/pages\//);
  await creator.goto(`${creator.url().split("?")[0]}/music`);
  const title = `Five minutes ${Date.now().toString(36)}`;
  await creator.getByLabel("Release title").fill(title);
  await creator.getByLabel("Audio files").setInputFiles({ name: "five.wav", mimeType: "audio/wav", buffer: await wav() });
  await creator.getByLabel("Title of track 1").fill(title);
  await creator.getByRole("button", { name: "Publish release" }).click();
  await creator.getByRole("status").filter({ hasText: "Published!" }).waitFor();
  const row = creator.getByRole("listitem").filter({ hasText: title }).getByTestId("audio-status");
  const started = Date.now();
  await row.filter({ hasText: "Ready" }).waitFor({ timeout: 300_000 });
  console.log(`uploaded a 5-minute WAV; processed in about ${((Date.now() - started) / 1000).toFixed(0)} s after publishing`);
  await creator.goto(`${base}/@novalane`);
  await creator.getByTestId("track-list").getByRole("link", { name: title }).click();
  await creator.waitForURL(/\/track\//);
  const trackUrl = creator.url();

  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(trackUrl);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      const audio = document.querySelector("[data-testid=player-audio]");
      window.__started = new Promise((resolve) => {
        document.addEventListener("click", () => (window.__clickAt = performance.now()), { capture: true, once: true });
        audio.addEventListener("playing", () => resolve(performance.now() - window.__clickAt), { once: true });
      });
    });
    await page.getByRole("button", { name: `Play ${title}` }).click();
    times.push(await page.evaluate(() => window.__started));
    await context.close();
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`click to first audio playing (5-minute track, ${RUNS} runs, fresh page and cache each): p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms (target < 300 ms)`);
} finally {
  await browser.close();
}
