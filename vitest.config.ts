import { defineConfig } from "vitest/config";
import os from "node:os";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname), "server-only": path.resolve(__dirname, "lib/test/server-only-stub.ts"), "next-intl/server": path.resolve(__dirname, "lib/test/next-intl-server-stub.ts") } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // One fork per core (Vitest's default leaves one core idle: a single fork on a 2-core CI machine).
    // Each test file has its own database (lib/test/db.ts), so files run side by side safely.
    maxWorkers: os.availableParallelism(),
    testTimeout: 20000,
    // TEST_ENGINE=postgres runs the same suite on a throwaway PostgreSQL server.
    globalSetup: ["lib/test/pg-global-setup.ts"],
  },
});
