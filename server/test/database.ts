// Each integration test file gets a database of its own, copied from the migrated template.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../db/create.ts";
import { startMemoryDatabase } from "../db/embedded/server.ts";

export interface TestDatabase {
  db: Db;
  url: string;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

/** Concurrency tests only mean something with several real connections. */
export const onRealPostgres = Boolean(process.env.TEST_DATABASE_URL);

export async function openTestDatabase(): Promise<TestDatabase> {
  const provided = inject("testDatabase");
  if (provided.kind === "pglite") {
    const bytes = readFileSync(provided.templateFile);
    const memory = await startMemoryDatabase({ loadDataDir: new Blob([bytes]) });
    // One connection, as in embedded mode: PGlite has a single session behind every socket.
    const db = createDb(memory.url, { poolMax: 1 });
    return {
      db,
      url: memory.url,
      kind: "pglite",
      close: async () => {
        await db.$disconnect();
        await memory.stop();
      },
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `festival_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${provided.template}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), { poolMax: 10 });
  return {
    db,
    url: url.toString(),
    kind: "postgres",
    close: async () => {
      await db.$disconnect();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
