import { defineConfig, devices } from "@playwright/test";
import { launchOptions, traceMode } from "../../playwright.config";

/**
 * The core journeys on PostgreSQL with two app instances behind nginx
 * (round-robin, so one browser's consecutive requests reach different
 * instances). scripts/cluster.mjs starts a throwaway PostgreSQL, seeds it, and
 * runs both instances from the production build the main suite uses.
 */
const PORT = Number(process.env.E2E_SCALE_PORT ?? 3150);

export default defineConfig({
  testDir: ".",
  // Its own folder: the main run's failure screenshots and traces stay where they were written.
  outputDir: "../../test-results/scale",
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "../../reports/e2e-scale.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: traceMode,
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node scripts/cluster.mjs",
    cwd: "../..",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The cluster stops its PostgreSQL server, instances and nginx on SIGTERM (a SIGKILL would leave them running).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // Two trusted hops: the tests play many people by sending X-Forwarded-For, as a CDN in front of nginx would.
    env: { PORT: String(PORT), INSTANCES: "2", TRUST_PROXY: "2", COUNTRY_HEADER: "x-test-country", SEED_AUDIO_SECONDS: "12" },
  },
});
