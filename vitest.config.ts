import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/setup/global-db.ts"],
    // Database tests each create their own database; files can run in parallel.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
