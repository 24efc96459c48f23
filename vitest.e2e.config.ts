import { defineConfig } from "vitest/config";

// Headless Chromium (Debian's `chromium`) against the built site served on localhost. The global
// setup uses dist/ when it exists (CI builds first) and otherwise builds a small demo shop into a
// temporary folder, so `npm run test:e2e` also works on a fresh clone.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/globalSetup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // For the files that mark tests concurrent (the page sweep): two at a time, one per core.
    maxConcurrency: 2,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" }
  }
});
