import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { sensitiveAuthorization, sensitiveWorld, now } from "./sensitive.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(sensitiveAuthorization, { db: () => tdb.db, world: sensitiveWorld, now });
