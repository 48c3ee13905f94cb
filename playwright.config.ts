import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 3200);
export const BASE_URL = `http://localhost:${PORT}`;
/** The second Chorus server (federation journey): its own database, another host name so cookies stay apart. */
const REMOTE_PORT = Number(process.env.E2E_REMOTE_PORT ?? 3110);
export const REMOTE_URL = `http://127.0.0.1:${REMOTE_PORT}`;
const MAIL_SMTP_PORT = Number(process.env.E2E_MAIL_SMTP_PORT ?? 3025);
export const MAIL_HTTP_PORT = Number(process.env.E2E_MAIL_HTTP_PORT ?? 3026);

/**
 * Debian's Chromium (never a downloaded one), quiet, and allowed to autoplay; shared with e2e/scale.
 * Its headless shell when installed (`npm test` installs it): the same Blink, without the full
 * browser's own windows, toolbars and GPU process, which in Chromium 156's --headless cost about
 * twice the CPU per browser on this 2-core machine (a browser with three pages: 5-6 s of CPU
 * against 2.4-3.2 s).
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium"),
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
};

/**
 * Recording a trace snapshots the page at every step: the same six journeys took 222 s of test time
 * with it and 160 s without (2026-12-02). CI records none; a local run keeps one per failed test.
 * E2E_TRACE=retain-on-failure (or on) asks for them anyway. Shared with e2e/scale.
 */
export const traceMode = (process.env.E2E_TRACE as "off" | "on" | "retain-on-failure" | undefined) ?? (process.env.CI ? "off" : "retain-on-failure");

export default defineConfig({
  testDir: "./e2e",
  // The two-instance PostgreSQL journeys have their own config and servers (e2e/scale/playwright.config.ts).
  testIgnore: ["scale/**"],
  // Whole user journeys with two or three browsers; a 2-core CI machine needs the room.
  // A journey of three people and sixty steps takes 80-110 s on a loaded 2-core machine
  // (2026-12-02: such specs timed out at 90 s on the build of the day before too).
  timeout: 150_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: traceMode,
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // Migrates and seeds the fresh temporary database scripts/e2e.mjs set up, then serves the production build.
      command: "node scripts/e2e-server.mjs",
      url: `${BASE_URL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // Mail goes to the local mail server below (password resets, email changes).
      // Federation on in its local test mode (http, private addresses), so the second server below can follow its artists.
      env: { PORT: String(PORT), SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`, FEDERATION_LOCAL: "1", FEDERATION_POLL_MS: "300" },
    },
    {
      // Server B of the federation journey: empty, its own database, the same build, no page cache (it would share the build's).
      command: "node scripts/e2e-server.mjs",
      url: `${REMOTE_URL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(REMOTE_PORT),
        PUBLIC_URL: REMOTE_URL,
        DATABASE_PATH: process.env.E2E_REMOTE_DATABASE_PATH ?? "/tmp/chorus-e2e-remote.db",
        E2E_SEED: "0",
        PAGE_CACHE: "off",
        FEDERATION_LOCAL: "1",
        FEDERATION_POLL_MS: "300",
      },
    },
    {
      // Receives the app's email; specs read it over HTTP (e2e/mail-sink/server.mjs).
      command: "node e2e/mail-sink/server.mjs",
      url: `http://localhost:${MAIL_HTTP_PORT}/health`,
      timeout: 20_000,
      reuseExistingServer: false,
      env: { MAIL_SMTP_PORT: String(MAIL_SMTP_PORT), MAIL_HTTP_PORT: String(MAIL_HTTP_PORT) },
    },
    {
      // A third-party site on another origin that pastes our embed snippets.
      command: "node e2e/host-site/server.mjs",
      url: `http://localhost:${HOST_PORT}/health`,
      timeout: 20_000,
      reuseExistingServer: false,
      env: { HOST_PORT: String(HOST_PORT), CHORUS_URL: BASE_URL },
    },
  ],
});
