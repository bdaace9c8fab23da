import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { checkinAuthorization, checkinWorld, now } from "./checkin.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(checkinAuthorization, { db: () => tdb.db, world: checkinWorld, now });
