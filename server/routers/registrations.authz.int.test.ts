import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { now, registrationsAuthorization, registrationsWorld } from "./registrations.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(registrationsAuthorization, { db: () => tdb.db, world: registrationsWorld, now });
