// Builds one migrated template database per test run; every test file then gets its own copy
// (see ./database.ts). PGlite by default; a real PostgreSQL server when TEST_DATABASE_URL is set.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrationScripts } from "./migrations.ts";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "pglite"; templateFile: string } | { kind: "postgres"; template: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `festival_template_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${template}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    for (const script of migrationScripts()) await client.query(script);
    await client.end();
    project.provide("testDatabase", { kind: "postgres", template });
    return async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await dropper.end();
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "festival-template-"));
  const db = await PGlite.create();
  for (const script of migrationScripts()) await db.exec(script);
  const dump = await db.dumpDataDir("none");
  await db.close();
  const templateFile = path.join(dir, "template.tar");
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabase", { kind: "pglite", templateFile });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
}
