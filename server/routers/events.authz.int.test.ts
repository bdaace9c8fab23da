import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { eventsAuthorization, eventsWorld, now } from "./events.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(eventsAuthorization, { db: () => tdb.db, world: eventsWorld, now });
