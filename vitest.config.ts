import { availableParallelism, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Integration tests that start and time processes of their own (see the integration-processes project). */
const PROCESS_TESTS = ["prisma/engine/engine.int.test.ts", "server/db/embedded/embedded.int.test.ts"];

// Every test runs under a non-UTC, non-whole-hour zone so time-zone slips fail loudly.
process.env.TZ = "Asia/Kathmandu";

export default defineConfig({
  resolve: {
    alias: {
      "~": root.replace(/\/$/, ""),
      // Outside Next's react-server build, "server-only" would throw on import.
      "server-only": `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    env: {
      TZ: "Asia/Kathmandu",
      APP_ENV: "test",
      AUTH_SECRET: "test-secret-that-is-at-least-32-characters-long",
      // Uploaded files from tests go to the system's temporary directory, never to .data/.
      STORAGE_DIR: `${tmpdir()}/festival-test-uploads`,
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**", ".data/**"],
          // Property tests run hundreds of cases; on a busy 2-core CI machine 5 s is not enough, and
          // speed belongs in the benchmarks, not in a unit test's timeout.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          globalSetup: ["server/test/global-setup.ts"],
          exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**", ...PROCESS_TESTS],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Vitest's default (one worker fewer than the cores) runs the files one by one on a 2-core
          // machine; they spend much of their time waiting on the database, so two at once halve it.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // Files share their worker's module graph instead of importing everything afresh (importing
          // was most of each file's time: the PostgreSQL run took 118 s instead of about 6 min). Every
          // file opens its own database, and a test that changes the environment puts it back
          // (server/test/env.ts), so what one file leaves behind does not reach the next.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The tests that start processes of their own (the Prisma CLI and its schema engine, the
          // embedded database server) and time them: alone, after the others, one file at a time.
          name: "integration-processes",
          include: PROCESS_TESTS,
          globalSetup: ["server/test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "bench",
          include: [],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          globalSetup: ["server/test/global-setup.ts"],
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
