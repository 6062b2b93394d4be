import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/testing/vitest-global-setup.ts"],
    setupFiles: ["lib/testing/vitest-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Every test file creates its own databases, so files may run in parallel on both cores.
    pool: "forks",
  },
});
