import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Every test runs under a non-UTC, non-whole-hour zone so time-zone slips fail loudly.
process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  resolve: { alias: { "~": root.replace(/\/$/, "") } },
  test: {
    env: { TZ: "Asia/Kathmandu" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**", ".data/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
