import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { challengesAuthorization, challengesWorld, now } from "./challenges.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(challengesAuthorization, { db: () => tdb.db, world: challengesWorld, now });
