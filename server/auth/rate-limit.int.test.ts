import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/create.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { consumeSignInAllowance } from "./rate-limit.ts";

let tdb: TestDatabase;
// A second client with its own pool stands in for a second app instance on the same database.
let otherInstance: Db;

beforeAll(async () => {
  tdb = await openTestDatabase();
  otherInstance = createDb(tdb.url, { poolMax: 1 });
});
afterAll(async () => {
  await otherInstance.$disconnect();
  await tdb.close();
});

const limits = { perEmail: 3, perIp: 5, windowMinutes: 15 };

describe("consumeSignInAllowance", () => {
  it("limits requests per address across app instances", async () => {
    const results: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const instance = i % 2 === 0 ? tdb.db : otherInstance;
      results.push(await consumeSignInAllowance(instance, { email: "Ada@Example.test", ip: null, limits }));
    }
    expect(results).toEqual([true, true, true, false, false]);
    // Another address is not affected.
    expect(await consumeSignInAllowance(tdb.db, { email: "grace@example.test", ip: null, limits })).toBe(
      true,
    );
  });

  it("limits requests per IP address whatever addresses they name", async () => {
    const results: boolean[] = [];
    for (let i = 0; i < 7; i++) {
      results.push(
        await consumeSignInAllowance(i % 2 ? tdb.db : otherInstance, {
          email: `person${i}@example.test`,
          ip: "203.0.113.9",
          limits,
        }),
      );
    }
    expect(results).toEqual([true, true, true, true, true, false, false]);
  });

  it("stores no addresses, only hashes", async () => {
    const keys = await tdb.db.rateLimitWindow.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) {
      expect(key).toMatch(/^signin:(email|ip):[0-9a-f]{64}$/);
    }
  });
});
