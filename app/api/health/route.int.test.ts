// The load balancer's health check: 200 with a reachable database, 503 without one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "~/server/test/database";
import { withEnv } from "~/server/test/env";

let tdb: TestDatabase;
interface AppDbHolder {
  festivalDb?: { $disconnect(): Promise<void> };
}

/** Closes and forgets the app's client, so the next import opens one for the current DATABASE_URL. */
async function resetAppDb(): Promise<void> {
  const holder = globalThis as AppDbHolder;
  await holder.festivalDb?.$disconnect();
  delete holder.festivalDb;
}

beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function healthWith(databaseUrl: string): Promise<Response> {
  return withEnv({ DATABASE_URL: databaseUrl }, async () => {
    // The app opens its client once per process; start from none so the URL above is used.
    await resetAppDb();
    try {
      const { GET } = await import("./route.ts");
      return await GET();
    } finally {
      await resetAppDb();
    }
  });
}

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const response = await healthWith(tdb.url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    // Port 9 (discard) on loopback: nothing listens there, so the connection is refused.
    const response = await healthWith("postgresql://postgres@127.0.0.1:9/none");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "database unreachable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("5");
  });
});
