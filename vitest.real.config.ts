import { defineConfig } from "vitest/config";

// Real public datasets read in place from ../shared/datasets (never copied into the repository).
export default defineConfig({
  test: {
    include: ["test/real/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC" }
  }
});
