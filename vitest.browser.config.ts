import { defineConfig } from "vitest/config";

// Browser tests drive Debian's chromium through playwright-core against a built dist/.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
