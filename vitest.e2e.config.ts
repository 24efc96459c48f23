import { defineConfig } from "vitest/config";

// Headless Chromium (Debian's `chromium`) against the built site served on localhost.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { TZ: "UTC" }
  }
});
