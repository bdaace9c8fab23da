import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { now, teamsAuthorization, teamsWorld } from "./teams.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(teamsAuthorization, { db: () => tdb.db, world: teamsWorld, now });
