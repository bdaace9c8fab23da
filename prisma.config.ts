// Configuration of the stock Prisma CLI. Two things happen here because this file is loaded before
// the CLI looks for (and would try to download) its native schema engine:
// 1. unless PRISMA_SCHEMA_ENGINE=native, the CLI is pointed at our wasm stand-in (prisma/engine);
// 2. the database URL is DATABASE_URL or, without it, the running embedded (PGlite) server. The CLI
//    never opens the PGlite directory itself (that would be a second process on the same files).
import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./server/db/url.ts";

// Prisma 7's CLI no longer reads .env itself; the app (Next.js) does, so read it the same way here.
if (existsSync(".env")) process.loadEnvFile(".env");

if (process.env.PRISMA_SCHEMA_ENGINE !== "native" && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve("prisma/engine/schema-engine");
}

// Commands that never touch a database must work without one (`generate` runs on install).
const offlineCommands = new Set(["generate", "format", "validate", "version", "-v", "--version"]);
const needsDatabase = !process.argv.slice(2).some((arg) => offlineCommands.has(arg));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    // react-server: the seed sends consent emails through the app's own (server-only) commands.
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  ...(needsDatabase
    ? {
        datasource: {
          url: resolveDatabaseUrl(),
          ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
        },
      }
    : {}),
});
