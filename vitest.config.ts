import { defineConfig } from "vitest/config";

// `npm test` must pass on a fresh clone with no browser and no ../shared: the real-data, browser
// and benchmark suites have their own configs and scripts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/real/**", "test/e2e/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC", OBSERVABLE_TELEMETRY_DISABLE: "true" }
  }
});
